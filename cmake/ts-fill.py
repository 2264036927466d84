#!/usr/bin/env python3
"""Fill unfinished entries of a Qt .ts file from tab-separated translation lists.

Usage: ts-fill.py TARGET.ts LIST.tsv...
       ts-fill.py --english-plurals danewerk_en.ts
The second form fills the plural forms of the English catalogue from the sources: "%n error(s)" becomes
"%n error" and "%n errors"; everything else in English stays the source text itself.
Each line of a list is: context <TAB> source <TAB> translation  (\\n and \\t escaped as in C).
A context of '*' matches any context. Numerus entries take the forms separated by ' || '.
Reports the entries that are still unfinished afterwards.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(s):
    return s.replace('\\n', '\n').replace('\\t', '\t').replace('\\\\', '\\')


def english_plurals(target):
    tree = ET.parse(target)
    left = []
    for ctx in tree.getroot().iter('context'):
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if msg.get('numerus') != 'yes' or tr is None:
                continue
            src = msg.findtext('source')
            if '(s)' not in src and '(es)' not in src:
                left.append(src)  # the same words for one and many
            forms = [src.replace('(s)', '').replace('(es)', ''), src.replace('(s)', 's').replace('(es)', 'es')]
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            tr.attrib.pop('type', None)
            for form in forms:
                ET.SubElement(tr, 'numerusform').text = form
    write(tree, target)
    print(f'{target}: plural forms filled; {len(left)} without (s) kept as they are')


def write(tree, target):
    with open(target, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')


def main():
    if sys.argv[1] == '--english-plurals':
        return english_plurals(sys.argv[2])
    target, lists = sys.argv[1], sys.argv[2:]
    table = {}
    for path in lists:
        with open(path, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) != 3:
                    sys.exit(f'{path}:{n}: expected 3 tab-separated fields, got {len(parts)}')
                ctx, src, tr = (unescape(p) for p in parts)
                table[(ctx, src)] = tr
    tree = ET.parse(target)
    missing = []
    filled = 0
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            src = msg.findtext('source')
            tr = msg.find('translation')
            if tr is None or tr.get('type') not in ('unfinished',):
                continue
            text = table.get((name, src), table.get(('*', src)))
            if text is None:
                missing.append((name, src))
                continue
            if msg.get('numerus') == 'yes':
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for form in text.split(' || '):
                    e = ET.SubElement(tr, 'numerusform')
                    e.text = form
            else:
                tr.text = text
            del tr.attrib['type']
            filled += 1
    write(tree, target)
    print(f'{target}: filled {filled}, unfinished {len(missing)}')
    for ctx, src in missing:
        print(f'  {ctx}\t{src!r}')


if __name__ == '__main__':
    main()
