#!/usr/bin/env python3
"""Writes a synthetic errata spec with COUNT codes (scripts/bench-lookup.sh renders it).

    scripts/bench/lookup/make-spec.py COUNT > spec.yaml

Codes `MODm.nnnnn` in 10 modules; every code has a message with placeholders, a Markdown
description and solution (bold, links, escapes: so the plain texts differ and are stored too),
one in ten a second variant, one in seven `retryable`, one in 97 `deprecated`, one in 13 remarks.
The same COUNT always gives the same bytes.
"""
import json
import sys


def quoted(text):
    # A JSON string is a YAML double-quoted scalar.
    return json.dumps(text, ensure_ascii=False)


def main():
    count = int(sys.argv[1])
    out = ["version: 1", "service: Synthetic lookup bench", "modules:"]
    out += [f"- Module{m}" for m in range(10)]
    out.append("entries:")
    for i in range(count):
        m = i % 10
        out.append(f"- code: MOD{m}.{i:05d}")
        out.append(f"  module: Module{m}")
        if i % 97 == 0:
            out.append("  deprecated: true")
        if i % 7 == 0:
            out.append("  retryable: true")
        if i % 13 == 0:
            out.append(f"  remarks: {quoted(f'Seen in production since release {i % 40}.')}")
        variants = [(
            f"Operation {i} failed for resource {{xxx}}, limit:XX.",
            f"The request for operation {i} could not be completed because **parameter\\_{i % 50}** is invalid.",
            f"Check the request parameters (see [the API reference](https://example.com/api/{i})) and try again.",
            400 + i % 5,
        )]
        if i % 10 == 0:
            variants.append((f"Operation {i} timed out.", "Backend timeout.", "Retry later.", 504))
        out.append("  variants:")
        for message, description, solution, status in variants:
            out.append(f"  - message: {quoted(message)}")
            out.append(f"    description: {quoted(description)}")
            out.append(f"    solution: {quoted(solution)}")
            out.append(f"    status: {status}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
