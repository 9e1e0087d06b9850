#!/usr/bin/env python3
"""Writes a synthetic doc-portal error-code page of N rows to stdout.

The layout follows Huawei's portal: a full page with navigation, one <table> with <thead>,
Module cells spanning 50 rows (rowspan), every cell a <p> with id/headers attributes, and
placeholders in messages. Deterministic for a given N.
"""
import sys

rows = int(sys.argv[1])
out = sys.stdout
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
