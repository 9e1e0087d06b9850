#!/usr/bin/env python3
"""Writes a synthetic doc-portal error-code page of N rows to stdout.

The layout follows Huawei's portal: a full page with navigation, one <table> with <thead>,
Module cells spanning 50 rows (rowspan), every cell a <p> with id/headers attributes, and
placeholders in messages. Deterministic for a given N.

    make-page.py N [html|markdown|rst]

markdown and rst write the same rows as a pipe table / an RST list-table (module as a column),
under a title and after a sample error body, for the Markdown and RST readers.
"""
import sys

rows = int(sys.argv[1])
form = sys.argv[2] if len(sys.argv) > 2 else "html"
out = sys.stdout


def cells(r):
    code = f"SVC.{r:06d}"
    return [f"Module{r // 50}", code,
            f"Request {r} failed, resource_id={{xxx}}, limit:XX.",
            f"The request numbered {r} could not be processed because the backend rejected it.",
            f"Check the request parameters and try again. If the problem persists, contact technical support with code {code}."]


headers = ["Module", "Error Code", "Error Message", "Description", "Solution"]
if form == "markdown":
    out.write('# Example Service Error Codes\n\nAn error body:\n\n```json\n{"error_code": "SVC.000001", "error_msg": "Request 1 failed"}\n```\n\n')
    out.write("| " + " | ".join(headers) + " |\n|" + "---|" * len(headers) + "\n")
    for r in range(rows):
        out.write("| " + " | ".join(cells(r)) + " |\n")
    sys.exit(0)
if form == "rst":
    out.write('Example Service Error Codes\n===========================\n\nAn error body::\n\n    {"error_code": "SVC.000001", "error_msg": "Request 1 failed"}\n\n')
    out.write(".. list-table:: Error codes\n   :header-rows: 1\n\n")
    for row in [headers] + [cells(r) for r in range(rows)]:
        out.write("   * - " + row[0] + "\n" + "".join(f"     - {c}\n" for c in row[1:]))
    sys.exit(0)
out.write('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Error Codes</title></head><body>\n')
out.write('<nav>' + ''.join(f'<a href="/doc/{i}.html">Section {i}</a> ' for i in range(50)) + '</nav>\n')
out.write('<h1>Error Codes</h1><p>If an error occurs during API calling, an error body is returned.</p>\n')
out.write('<table class="tablenoborder"><thead align="left"><tr>')
for i, name in enumerate(["Module", "Error Code", "Error Message", "Description", "Solution"]):
    out.write(f'<th class="cellrowborder" valign="top" width="20%" id="mcps1.3.1.{i}"><p id="h{i}">{name}</p></th>')
out.write('</tr></thead><tbody>\n')
span = 50
for r in range(rows):
    out.write('<tr>')
    if r % span == 0:
        n = min(span, rows - r)
        out.write(f'<td class="cellrowborder" valign="top" width="20%" headers="mcps1.3.1.0 " rowspan="{n}">'
                  f'<p id="m{r}">Module{r // span}</p></td>')
    code = f"SVC.{r:06d}"
    cells = [code,
             f"Request {r} failed, resource_id={{xxx}}, limit:XX.",
             f"The request numbered {r} could not be processed because the backend rejected it.",
             f"Check the request parameters and try again. If the problem persists, contact technical support with code {code}."]
    for i, text in enumerate(cells, start=1):
        out.write(f'<td class="cellrowborder" valign="top" width="20%" headers="mcps1.3.1.{i} ">'
                  f'<p id="p{r}_{i}">{text}</p></td>')
    out.write('</tr>\n')
out.write('<tr><td class="cellrowborder" valign="top">Other</td><td class="cellrowborder" colspan="4"><p>If other error codes are displayed, contact us.</p></td></tr>\n')
out.write('</tbody></table>\n<footer><p>Feedback</p></footer></body></html>\n')
