"""Benchmark: ``render`` against a bare Jinja2 render of the same report, warm and in a fresh process.

    .venv/bin/python bench/bench_render.py [--repeat 200] [--fresh 5]

Peer, measured in the same run: ``bare Jinja2`` — a plain ``jinja2.Environment`` (no sandbox, autoescape for
HTML) with one template written here that lays out the same report: every section's paragraphs, every table cell
through a macro (tag, class, spans, text), and inline SVG bar charts drawn from the bars (HTML; text bars in
Markdown and text). It is handed the view model already computed, so it does no validation and no arithmetic:
``render`` does both on every call (validate the report, build the view, then lay it out).

Targets (issue 16): warm ``render`` of HTML ≤ 2x the bare render; the first ``render`` of a fresh
process ≤ 3x a warm one (the process has imported the package and loaded the report; the compiled templates
come from the on-disk cache, which any earlier run has filled — the cold-cache figure is printed beside it).
Markdown and text are printed beside their bare peers with no target: their templates run as fast as the bare
ones, and what remains is the validation and the view model, which a bare template does not do.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import DictLoader, Environment, StrictUndefined
from ratios import emit

from disclosure_rules import render, report_from_json
from disclosure_rules._render import report_view

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "qingshan_natural_resources_2022.json"

_BARE_HTML = """\
{% macro cell(c) -%}
<{{ 'th' if c.is_header else 'td' }} class="{{ c.role }}"
{%- if c.colspan > 1 %} colspan="{{ c.colspan }}"{% endif %}
{%- if c.rowspan > 1 %} rowspan="{{ c.rowspan }}"{% endif %}
{%- if c.key %} data-key="{{ c.key }}"{% endif %}>{{ c.text }}</{{ 'th' if c.is_header else 'td' }}>
{%- endmacro %}
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ report.title }}</title></head>
<body><h1>{{ report.title }}</h1>
{% for p in report.preamble %}<p>{{ p }}</p>
{% endfor %}
{% for section in report.sections %}
<section><h2>{{ section.heading }}</h2>
{% for p in section.paragraphs %}<p>{{ p }}</p>
{% endfor %}
{% for item in section.outline %}<h3>{{ item.heading }}</h3>{% for p in item.paragraphs %}<p>{{ p }}</p>{% endfor %}
{% endfor %}
{% if section.table %}<table id="{{ section.table.id }}">
{% for row in section.table.head %}<tr>{% for c in row %}{{ cell(c) }}{% endfor %}</tr>
{% endfor %}
{% for body in section.table.bodies %}<tbody>
{% for row in body %}<tr>{% for c in row %}{{ cell(c) }}{% endfor %}</tr>
{% endfor %}</tbody>
{% endfor %}</table>{% endif %}
</section>
{% endfor %}
{% for chart in report.charts %}
<figure><svg xmlns="http://www.w3.org/2000/svg" width="640" height="{{ chart.bars | length * 26 + 10 }}" role="img">
{% for bar in chart.bars %}<text x="0" y="{{ loop.index0 * 26 + 18 }}">{{ bar.label }}</text>
<rect x="240" y="{{ loop.index0 * 26 + 4 }}" width="{{ bar.text_units * 10 }}" height="18" fill="#2f5d8c"/>
<text x="{{ 250 + bar.text_units * 10 }}" y="{{ loop.index0 * 26 + 18 }}">{{ bar.value_text }}（{{ bar.share_text }}）</text>
{% endfor %}</svg><figcaption>{{ chart.title }}。{{ chart.note }}</figcaption></figure>
{% endfor %}
</body></html>
"""

_BARE_FLAT = """\
{% macro cell(value) %}{{ value }}{% endmacro %}
# {{ report.title }}

{% for p in report.preamble %}{{ p }}

{% endfor %}
{% for section in report.sections %}
## {{ section.heading }}

{% for p in section.paragraphs %}{{ p }}

{% endfor %}
{% for item in section.outline %}### {{ item.heading }}

{% for p in item.paragraphs %}{{ p }}

{% endfor %}{% endfor %}
{% if section.table %}{% for t in section.table.flat %}
| {{ t.header | join(" | ") }} |
{% for row in t.rows %}| {{ row.label }} |{% for c in row.cells %} {{ cell(c) }} |{% endfor %}

{% endfor %}{% endfor %}{% endif %}
{% endfor %}
{% for chart in report.charts %}{{ chart.title }}
{% for bar in chart.bars %}{{ bar.label }} {{ bar.text_bar }} {{ bar.value_text }}（{{ bar.share_text }}）
{% endfor %}{% endfor %}
"""

# One fresh process: import, load the report, then time the first render and the best of some warm ones. CPU time
# of the process, not wall time: a single first call lasts milliseconds, and on a shared machine the scheduler's
# pauses would be most of a wall-clock figure.
_FRESH = """
import json, sys, time
from pathlib import Path
from disclosure_rules import render, report_from_json
report = report_from_json(Path(sys.argv[1]).read_bytes())
start = time.process_time()
render(report, "html", charts=True)
first = time.process_time() - start
warm = []
for _ in range(30):
    start = time.process_time()
    render(report, "html", charts=True)
    warm.append(time.process_time() - start)
print(json.dumps({"first": first, "warm": min(warm)}))
"""


def best_of(repeat: int, func: Callable[[], Any]) -> float:
    """Best wall time of ``repeat`` calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def fresh_process(cache_dir: str | None) -> dict[str, float]:
    """First and warm render times in a new interpreter (``cache_dir``: a compiled-template cache folder)."""
    environment = dict(os.environ)
    if cache_dir is not None:
        environment["DISCLOSURE_RULES_CACHE_DIR"] = cache_dir
    completed = subprocess.run(  # noqa: S603 - this interpreter and a fixed script
        [sys.executable, "-c", _FRESH, str(EXAMPLE)],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    result: dict[str, float] = json.loads(completed.stdout)
    return result


def main() -> None:
    """Run the measurements and print the ratios."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--fresh", type=int, default=5, help="fresh processes to time the first render in")
    args = parser.parse_args()

    report = report_from_json(EXAMPLE.read_bytes())
    view = report_view(report, charts=True)
    bare = Environment(  # noqa: S701 - the Markdown/text peer: escaping HTML would be wrong there
        loader=DictLoader({"page.md": _BARE_FLAT}), undefined=StrictUndefined
    )
    bare_html = Environment(autoescape=True, undefined=StrictUndefined).from_string(_BARE_HTML)
    templates = {"html": bare_html, "md": bare.get_template("page.md"), "txt": bare.get_template("page.md")}

    print(f"report: {EXAMPLE.name}, charts on; best of {args.repeat}")
    for output_format in ("html", "md", "txt"):
        template = templates[output_format]
        size = len(render(report, output_format, charts=True))  # type: ignore[arg-type]
        bare_size = len(template.render(report=view))
        ours = best_of(args.repeat, lambda f=output_format: render(report, f, charts=True))  # type: ignore[misc]
        floor = best_of(args.repeat, lambda t=template: t.render(report=view))  # type: ignore[misc]
        print(
            f"  {output_format:<4} render {ours * 1e3:6.2f} ms ({size:,} chars)   "
            f"bare Jinja2 {floor * 1e3:6.2f} ms ({bare_size:,} chars)   {ours / floor:.2f}x"
        )
        if output_format == "html":  # the target: tables, a macro per cell and SVG charts
            emit("render.html.warm/bare_jinja2", ours / floor, 2, note=f"{ours * 1e3:.2f} ms")

    fresh_process(None)  # fills the on-disk cache if this is the first run since an install or an edit
    runs = [fresh_process(None) for _ in range(args.fresh)]
    first = statistics.median(run["first"] for run in runs)
    warm = statistics.median(run["warm"] for run in runs)
    with tempfile.TemporaryDirectory() as folder:
        cold = [fresh_process(str(Path(folder) / str(index)))["first"] for index in range(args.fresh)]
    print(
        f"  fresh process (median of {args.fresh}, CPU time): first render {first * 1e3:.2f} ms, warm {warm * 1e3:.2f} ms; "
        f"first with an empty template cache {statistics.median(cold) * 1e3:.2f} ms"
    )
    emit("render.html.first/warm", first / warm, 3, note=f"{first * 1e3:.2f} ms, template cache filled")
    print(f"  (first/warm with an empty template cache: {statistics.median(cold) / warm:.2f}x, no target)")


if __name__ == "__main__":
    main()
