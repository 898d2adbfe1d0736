#!/usr/bin/env python3
# make-bad-fixtures.py — writes the malformed images in bad/ from the good
# exports in good/ (run it from this folder after changing either; the
# EXPECTED file in bad/ is kept by hand)
#
# SPDX-License-Identifier: GPL-3.0-or-later
import base64
import struct
import zlib

KEYWORD = b"bar-raiser-board"


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def chunks(png):
    out, pos = [], 8
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos:pos + 4])
        out.append((png[pos + 4:pos + 8], png[pos + 8:pos + 8 + length]))
        pos += 12 + length
    return out


def build(parts):
    return png[:8] + b"".join(chunk(k, d) for k, d in parts)


def itxt(text, compressed=True, flag=None):
    data = zlib.compress(text) if compressed else text
    if flag is None:
        flag = b"\1\0" if compressed else b"\0\0"
    return (b"iTXt", KEYWORD + b"\0" + flag + b"\0\0" + data)


def write(name, data):
    with open("bad/" + name, "wb") as f:
        f.write(data)


png = open("good/rectangle.png", "rb").read()
svg = open("good/rectangle.svg", "rb").read()
parts = chunks(png)
image = [p for p in parts if p[0] != b"iTXt"]           # without the board
header, rest = image[0], image[1:]

bad_board = b'{\n "format": "bar-raiser-board",\n "version": 1,\n "items": [\n  {"id": "a", "kind": "rectangle", "x": "ten", "y": 0, "width": 40, "height": 20}\n ]\n}\n'

write("no-board.png", build(image))
write("signature-only.png", png[:8])
write("not-header-first.png", build(rest[:1] + [header] + rest[1:]))

# One byte of the board's chunk changed, its CRC left as it was
damaged = bytearray(png)
damaged[33 + 8 + 30] ^= 0x01
write("bad-crc.png", bytes(damaged))

# A chunk that claims more bytes than the file has
huge = bytearray(build(image))
huge[33:37] = struct.pack(">I", 0x7ffffff0)
write("huge-length.png", bytes(huge))

# No board, and cut off in the middle of the image data
write("truncated.png", build(image)[:-40])

write("garbage-after-header.png", build([header]) + b"\0\0\0\5!!!!!hello")
write("bad-zlib.png", build([header, itxt(b"x\x9c this is not zlib data", compressed=False,
                                          flag=b"\1\0")] + rest))
write("unknown-compression.png", build([header, itxt(b"{}", flag=b"\1\7")] + rest))
write("cut-short.png", build([header, (b"iTXt", KEYWORD + b"\0\1\0no-end-of-language")] + rest))
write("zlib-cut-off.png", build([header, (b"iTXt", KEYWORD + b"\0\1\0\0\0" + zlib.compress(bad_board)[:-20])] + rest))
write("bad-board.png", build([header, itxt(bad_board)] + rest))
write("bad-board-text.png", build([header, (b"tEXt", KEYWORD + b"\0" + bad_board)] + rest))
# 65 MiB of spaces: more than a board may be, in 65 KiB of zlib
write("too-large.png", build([header, itxt(b" " * (65 * 1024 * 1024))] + rest))
# Under the size limit, but a stroke of half a million zeros: 1 MiB of board
# in 1 KiB of zlib, far more values than one item may hold
zeros = (b'{\n "format": "bar-raiser-board",\n "version": 1,\n "items": [\n'
         b'  {"id": "s", "kind": "stroke", "points": [' + b",".join([b"0"] * 500000) + b"]}\n ]\n}\n")
write("zeros.png", build([header, itxt(zeros)] + rest))

start = svg.index(b"<bar-raiser-board")
body = svg.index(b">", start) + 1
end = svg.index(b"</bar-raiser-board>")
metadata_start = svg.index(b"<metadata>")
metadata_end = svg.index(b"</metadata>") + len(b"</metadata>\n")

write("no-board.svg", svg[:metadata_start] + svg[metadata_end:])
write("bad-base64.svg", svg[:body] + b"\nnot base64!\n" + svg[end:])
write("bad-padding.svg", svg[:body] + b"\nQQ==QQ==\n" + svg[end:])
write("cut-off.svg", svg[:body + 40])
write("unclosed-comment.svg", svg[:metadata_start] + b"<!-- the comment goes on\n" + svg[metadata_start:metadata_end])
write("empty-element.svg", svg[:start] + b'<bar-raiser-board encoding="base64"/>\n' + svg[end + len(b"</bar-raiser-board>"):])
write("board-in-comment.svg", svg[:metadata_start] + b"<!-- " + svg[metadata_start:metadata_end].replace(b"--", b"") + b" -->\n" + svg[metadata_end:])
write("bad-board.svg", svg[:body] + b"\n" + base64.encodebytes(bad_board) + svg[end:])
write("not-svg.svg", b'<?xml version="1.0"?>\n<html><body>Not a picture</body></html>\n')
write("not-an-image.txt", b"Just some text.\n")

# Good: the board as another program may have rewritten it, in a zTXt, a
# tEXt or an uncompressed iTXt chunk, after the image data
board = zlib.decompress(parts[1][1][len(KEYWORD) + 5:])
with open("good/rectangle-ztxt.png", "wb") as f:
    f.write(build(image[:-1] + [(b"zTXt", KEYWORD + b"\0\0" + zlib.compress(board))] + image[-1:]))
with open("good/rectangle-text.png", "wb") as f:
    f.write(build(image[:-1] + [(b"tEXt", KEYWORD + b"\0" + board)] + image[-1:]))
with open("good/rectangle-itxt-plain.png", "wb") as f:
    f.write(build([header, (b"tEXt", b"Comment\0Another text chunk"), itxt(board, compressed=False)] + rest))
