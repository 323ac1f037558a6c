"""The zoo under another page geometry and type: every ``Style`` of a run changed one way.

``perturbed(change)`` makes every ``Flow`` created inside take ``change(style)`` instead of
its variant's style (a font family swapped, the body's size scaled -- with every size a
renderer asks for --, the leading, a margin).  ``build(variant, k, change)`` renders document k
so, with the gold the renderer writes for that very geometry, or says why the rendering is
nonsense (``problems``: a line past the page edge, a cell over the text before it, where the
variant's own rendering has none).  Used by benchmarks/bench_robustness.py and the tests of
the rules it led to (tests/test_robustness.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import random
from collections.abc import Callable, Iterator

from . import render
from .layouts import Variant
from .make import seed

SWAP = {"vera": "times", "helvetica": "times", "times": "helvetica", "courier": "vera"}


# name -> function of the variant's own Style giving the perturbed one
PERTURBATIONS: dict[str, Callable[[render.Style], render.Style]] = {
    "none": lambda s: s,
    "family-swap": lambda s: dataclasses.replace(s, family=SWAP[s.family]),
    "size-0.85": lambda s: dataclasses.replace(s, size=round(s.size * 0.85, 2)),
    "size-1.2": lambda s: dataclasses.replace(s, size=round(s.size * 1.2, 2)),
    "size-1.1": lambda s: dataclasses.replace(s, size=round(s.size * 1.1, 2)),  # fewer cells overflow than at 1.2
    "leading-1.1": lambda s: dataclasses.replace(s, leading=1.1),
    "leading-1.6": lambda s: dataclasses.replace(s, leading=1.6),
    "left-40": lambda s: dataclasses.replace(s, left=40.0),
    "left-110": lambda s: dataclasses.replace(s, left=110.0),
    "right-40": lambda s: dataclasses.replace(s, right=40.0),
    "right-100": lambda s: dataclasses.replace(s, right=100.0),
    # a narrow text column (a wide margin for notes or signatures): more lines wrap
    "right-160": lambda s: dataclasses.replace(s, right=160.0),
    # the body further from the running header, or ending higher above the footer
    "top-120": lambda s: dataclasses.replace(s, top=120.0),
    "bottom-120": lambda s: dataclasses.replace(s, bottom=120.0),
    # small print, as a protocol squeezed onto fewer pages
    "size-0.75": lambda s: dataclasses.replace(s, size=round(s.size * 0.75, 2)),
    # letter spacing and widened word spaces (a word processor's "expanded" text)
    "tracking-0.05": lambda s: dataclasses.replace(s, tracking=0.05),
    "word-space-0.3": lambda s: dataclasses.replace(s, word_space=0.3),
    # paragraphs set justified: every line but a paragraph's last stretched to the margin
    "justified": lambda s: dataclasses.replace(s, justify=True),
}


class BodySize(float):
    """The perturbed body size, as ``f.style.size`` reads while a renderer lays out, and what
    the renderer derives from it by adding or subtracting points (``f.style.size + 2``): it
    remembers those points, which scale with the body (+2 pt at 9.5 pt is +1.7 pt at 8.07 pt),
    where any other size the renderer asks for scales as a whole (14 pt headings: 11.9 pt)."""

    offset: float = 0.0

    @classmethod
    def of(cls, value: float, offset: float = 0.0) -> BodySize:
        out = cls(value)
        out.offset = offset
        return out

    def __add__(self, other):
        if isinstance(other, int | float) and not isinstance(other, BodySize):
            return BodySize.of(float(self) + other, self.offset + other)
        return float(self) + other

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, int | float) and not isinstance(other, BodySize):
            return BodySize.of(float(self) - other, self.offset - other)
        return float(self) - other


@contextlib.contextmanager
def perturbed(change: Callable[[render.Style], render.Style]) -> Iterator[None]:
    """Every ``Flow`` made inside gets ``change(style)`` instead of its style; when that scales
    the body's size, every size a renderer asks for (headings, small print) scales with it,
    and a size derived from the body's (``BodySize``) keeps its distance scaled."""
    originals = {name: getattr(render.Flow, name) for name in ("__init__", "line", "para", "row")}

    def init(self, style):
        new = change(style)
        originals["__init__"](self, dataclasses.replace(new, size=BodySize.of(new.size)))
        self._scale, self._depth = new.size / style.size, 0
        render.SPACING = (new.tracking, new.word_space)  # every width measured from now on

    def scaled(name):
        def method(self, *args, size=None, **kw):
            if size is not None and self._depth == 0 and isinstance(size, BodySize):
                if size.offset:  # ``f.style.size + 2``: the 2 points scale with the body
                    size = round(float(size) - size.offset * (1 - self._scale), 2)
            elif size is not None and self._depth == 0 and size != self.style.size:  # not ``f.style.size``
                size = round(size * self._scale, 2)
            self._depth += 1
            try:
                return originals[name](self, *args, size=size, **kw)
            finally:
                self._depth -= 1

        return method

    render.Flow.__init__ = init  # type: ignore[method-assign]
    for name in ("line", "para", "row"):
        setattr(render.Flow, name, scaled(name))
    try:
        yield
    finally:
        render.SPACING = (0.0, 0.0)
        for name, fn in originals.items():
            setattr(render.Flow, name, fn)


def problems(flow: render.Flow) -> set[str]:
    """What cannot be read as a page: text past the page edge, a cell over the text before it."""
    st = flow.style
    spacing = (st.tracking, st.word_space)
    out = set()
    for ln in flow.lines:
        font = st.bold if ln.bold else st.reg
        end = st.left + ln.x + render.text_width(ln.text, font, ln.size, spacing)
        if ln.text and end > render.W - 8:
            out.add(f"overflow: {ln.text[:40]!r}")
        for cx, text, bold in ln.cells:
            x = st.left + cx
            if text and ln.text and x < end + 2:
                out.add(f"cells overlap: {text[:40]!r}")
            if text:
                end = x + render.text_width(text, st.bold if bold else st.reg, ln.size, spacing)
                if end > render.W - 8:
                    out.add(f"overflow: {text[:40]!r}")
        if ln.leader and end > render.W - st.right - render.text_width(ln.leader, font, ln.size) - 4:
            out.add(f"leader overlap: {ln.text[:40]!r}")
    return out


def rendered(variant: Variant, k: int, change: Callable[[render.Style], render.Style]):
    with perturbed(change):
        r = variant.render(random.Random(seed(variant, k)))
        r.flow.paginate()
    return r


def build(variant: Variant, k: int, change: Callable[[render.Style], render.Style]) -> tuple[bytes, dict] | str:
    """PDF bytes and gold of document k under a perturbation, or why it was skipped: the
    perturbed rendering has a problem (see ``problems``) the variant's own rendering has not."""
    render.register_fonts()
    try:
        r = rendered(variant, k, change)
    except UnicodeEncodeError:
        return "font cannot print a character"
    new = problems(r.flow) - problems(rendered(variant, k, PERTURBATIONS["none"]).flow)
    if new:
        return sorted(new)[0]
    pdf = render.write_pdf(r.flow, r.furniture, title=r.title or variant.name, author=r.author)
    return pdf, r.flow.gold(r.kind, r.title, r.body, r.date, r.agreement)
