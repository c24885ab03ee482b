import { configure } from '@testing-library/preact';

// findBy*/waitFor give up after 1 s by default; on a busy 2-core machine a correct island can
// take longer than that to load its code and render (SharePanel did). They still return as
// soon as the state appears, so a generous limit costs nothing when the machine is quiet. Under a
// load of 20 on 2 cores (helpers' builds beside the suite) making a share link and its QR code
// took over 10 s of wall time, so the cap is 30 s; one place for every file, none sets its own.
configure({ asyncUtilTimeout: 30_000 });
