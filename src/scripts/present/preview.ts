/**
 * The presenter window's "next slide": a still copy of the slide, with nothing in it that can
 * take focus, run or clash by id with the real slide.
 */
export function previewOf(slide: HTMLElement | undefined, doc: Document): Node[] {
  if (!slide) {
    const end = doc.createElement('p');
    end.textContent = '（这是最后一张）';
    return [end];
  }
  const copy = slide.cloneNode(true) as HTMLElement;
  copy.classList.remove('is-current', 'is-current-step');
  copy.removeAttribute('data-projected');
  copy.removeAttribute('tabindex');
  for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('*')]) {
    el.removeAttribute('id');
    if (el.matches('a, button, input, select, textarea, [tabindex], summary, iframe')) {
      el.setAttribute('tabindex', '-1');
      if ('disabled' in el) (el as HTMLButtonElement).disabled = true;
    }
  }
  // An island's copy must not hydrate a second time; its markup stays as a picture.
  for (const island of copy.querySelectorAll('astro-island, script, [data-teacher-note]')) {
    if (island.tagName === 'ASTRO-ISLAND') {
      const div = doc.createElement('div');
      div.append(...island.childNodes);
      island.replaceWith(div);
    } else island.remove();
  }
  copy.setAttribute('aria-hidden', 'true');
  return [copy];
}
