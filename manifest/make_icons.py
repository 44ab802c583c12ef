#!/usr/bin/env python3
"""Draws color.png (192x192) and outline.png (32x32, white on transparent) for the Teams app: a clipboard with a tick.
Standard library only; run from anywhere: python3 manifest/make_icons.py"""
import math, os, struct, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
BLUE = (0, 94, 184)  # NHS blue, also the manifest's accentColor
SS = 4  # supersampling per axis, for smooth edges


def rounded_rect(x, y, cx, cy, hw, hh, r):
    """Signed distance to a rounded rectangle centred on (cx, cy)."""
    qx, qy = abs(x - cx) - hw + r, abs(y - cy) - hh + r
    return math.hypot(max(qx, 0), max(qy, 0)) + min(max(qx, qy), 0) - r


def segment(x, y, ax, ay, bx, by):
    px, py, dx, dy = x - ax, y - ay, bx - ax, by - ay
    t = max(0.0, min(1.0, (px * dx + py * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - dx * t, py - dy * t)


def motif(x, y):
    """Coverage of the white clipboard-and-tick on a unit square (0..1 both axes)."""
    board = rounded_rect(x, y, 0.5, 0.54, 0.27, 0.33, 0.06)
    outline = abs(board) - 0.035
    clip = rounded_rect(x, y, 0.5, 0.22, 0.12, 0.065, 0.03)
    tick = min(segment(x, y, 0.36, 0.56, 0.46, 0.66), segment(x, y, 0.46, 0.66, 0.65, 0.43)) - 0.045
    return min(outline, clip, tick) <= 0


def draw(size, background):
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            white = bg = 0
            for sy in range(SS):
                for sx in range(SS):
                    x, y = (px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size
                    if motif(x, y):
                        white += 1
                    elif background and rounded_rect(x, y, 0.5, 0.5, 0.5, 0.5, 0.18) <= 0:
                        bg += 1
            n = SS * SS
            if background:
                a = (white + bg) / n
                mix = white / max(white + bg, 1)
                rgb = [round(c * (1 - mix) + 255 * mix) for c in BLUE]
                row += bytes(rgb + [round(255 * a)])
            else:
                row += bytes([255, 255, 255, round(255 * white / n)])
        rows.append(b"\x00" + bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


for name, size, background in [("color.png", 192, True), ("outline.png", 32, False)]:
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(draw(size, background))
