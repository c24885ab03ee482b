import { configure } from '@testing-library/preact';

// findBy*/waitFor give up after 1 s by default; on a busy 2-core machine a correct island can
// take longer than that to load its code and render (SharePanel did, up to 19 s under coverage
// with the static checks running beside it). They still return as soon as the state appears,
// so a generous limit costs nothing when the machine is quiet; it stays under the 60 s test
// timeout so a failure names what was awaited.
configure({ asyncUtilTimeout: 45_000 });
