#!/usr/bin/env python3
"""po/en_GB.po keeps up with the source strings.

The source strings are American English; British English is a translation.
This check extracts the strings as the pot target does, then fails when
en_GB.po does not compile, holds a string that no longer exists, or misses a
string that uses a word of tests/data/spelling/american-ui.txt (or gives it
unchanged, or keeps the American word in its translation)."""
import os
import re
import subprocess
import sys
import tempfile

root = sys.argv[1]
po_path = os.path.join(root, 'po', 'en_GB.po')
words_path = os.path.join(root, 'tests', 'data', 'spelling', 'american-ui.txt')

ENTRY = re.compile(r'(?:^msgctxt (?P<ctx>(?:".*"\n)+))?^msgid (?P<id>(?:".*"\n)+)'
                   r'(?:^msgid_plural (?P<pl>(?:".*"\n)+))?'
                   r'(?P<strs>(?:^msgstr(?:\[\d\])? (?:".*"\n)+)+)', re.M)


def unquote(block):
    return ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', block or ''))


def entries(text):
    for m in ENTRY.finditer(text + '\n'):
        strs = [unquote(s) for s in re.split(r'^msgstr(?:\[\d\])? ', m.group('strs'), flags=re.M) if s.strip()]
        yield (unquote(m.group('ctx')), unquote(m.group('id')), unquote(m.group('pl'))), strs


def patterns():
    out = []
    for line in open(words_path, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        stem = line.rstrip('*')
        tail = r'\w*' if line.endswith('*') else ''
        out.append(re.compile(r'\b' + re.escape(stem) + tail + r'\b', re.I))
    return out


def main():
    status = 0
    subprocess.run(['msgfmt', '--check', '-o', os.devnull, po_path], check=True)

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'all.pot')
        subprocess.run(['xgettext', '--from-code=UTF-8', '--keyword=_', '--keyword=N_',
                        '--keyword=C_:1c,2', '--keyword=NC_:1c,2', '--keyword=g_dngettext:2,3',
                        '-D', root, '-f', os.path.join(root, 'po', 'POTFILES.in'),
                        '-o', pot], check=True)
        source = dict(entries(open(pot, encoding='utf-8').read()))
    source.pop(('', '', ''), None)
    british = dict(entries(open(po_path, encoding='utf-8').read()))
    british.pop(('', '', ''), None)

    for key in british:
        if key not in source:
            print('po/en_GB.po: no longer a source string: %r' % (key[1],))
            status = 1

    american = patterns()
    for key in source:
        text = key[1] + ' ' + key[2]
        words = [m.group(0) for p in american for m in p.finditer(text)]
        if not words:
            continue
        strs = british.get(key)
        if strs is None or not any(strs):
            print('po/en_GB.po: missing a British spelling of %r (%s)' % (key[1], ', '.join(words)))
            status = 1
            continue
        for s in strs:
            left = [m.group(0) for p in american for m in p.finditer(s)]
            if left:
                print('po/en_GB.po: %r still says %s' % (s, ', '.join(left)))
                status = 1
    print('%d source strings, %d British entries checked' % (len(source), len(british)))
    return status


sys.exit(main())
