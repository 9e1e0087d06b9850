#!/usr/bin/env python3
"""Writes a synthetic errata spec with COUNT codes (scripts/bench-lookup.sh renders it).

    scripts/bench/lookup/make-spec.py COUNT [LOCALES] > spec.yaml

Codes `MODm.nnnnn` in 10 modules; every code has a message with placeholders, a Markdown
description and solution (bold, links, escapes: so the plain texts differ and are stored too),
one in ten a second variant, one in seven `retryable`, one in 97 `deprecated`, one in 13 remarks.
With LOCALES (1 or 2), the spec is translated into zh-Hans (and de): every first row's description,
its solution in zh-Hans always and in de for every other code, every module's name.
The same COUNT and LOCALES always give the same bytes.
"""
import json
import sys


def quoted(text):
    # A JSON string is a YAML double-quoted scalar.
    return json.dumps(text, ensure_ascii=False)


# Per language: tag, description ({i}: the code's number), solution, module name stem.
TRANSLATIONS = [
    ("zh-Hans", "操作 {i} 的请求因 **parameter\\_{p}** 无效而无法完成。",
     "请检查请求参数（参见 [API 参考](https://example.com/api/{i})）后重试。", "模块"),
    ("de", "Die Anfrage für Vorgang {i} ist fehlgeschlagen, weil **parameter\\_{p}** ungültig ist.",
     "Prüfen Sie die Parameter (siehe [API-Referenz](https://example.com/api/{i})) und versuchen Sie es erneut.", "Modul"),
]


def main():
    count = int(sys.argv[1])
    languages = TRANSLATIONS[:int(sys.argv[2])] if len(sys.argv) > 2 else []
    out = ["version: 1", "service: Synthetic lookup bench"]
    if languages:
        out.append("language: en")
        out.append("locales:")
        out += [f"  {tag}: ~" for tag, _, _, _ in languages]
    out.append("modules:")
    if languages:
        for m in range(10):
            out.append(f"- name: Module{m}")
            out.append("  localized:")
            out += [f"    {tag}: {quoted(stem + str(m))}" for tag, _, _, stem in languages]
    else:
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
        for row, (message, description, solution, status) in enumerate(variants):
            out.append(f"  - message: {quoted(message)}")
            out.append(f"    description: {quoted(description)}")
            out.append(f"    solution: {quoted(solution)}")
            out.append(f"    status: {status}")
            if row == 0 and languages:
                out.append("    localized:")
                for position, (tag, text, fix, _) in enumerate(languages):
                    out.append(f"      {tag}:")
                    out.append(f"        description: {quoted(text.format(i=i, p=i % 50))}")
                    if position == 0 or i % 2 == 0:
                        out.append(f"        solution: {quoted(fix.format(i=i))}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
