/* br-board-export-private.h — shared by the files of the board export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-board-export.h"

G_BEGIN_DECLS

/**
 * BrExportPlan:
 * @items: the items drawn, in z-order (borrowed from the board)
 * @area: what the image shows, in board units: whole numbers, the drawing
 *   and the margin
 * @inks: each item's ink in board units, as @items (width < 0: none)
 * @width: the image's width in pixels (PNG) or user units and points
 * @height: likewise
 * @board_size: the size of the board document the image carries, or 0
 */
typedef struct {
  GPtrArray *items;
  BrRect area;
  GArray *inks;
  int width, height;
  gsize board_size;
} BrExportPlan;

void     _br_export_render_options  (const BrExportPlan    *plan,
                                     const BrExportOptions *options,
                                     BrRenderOptions       *out);
gboolean _br_export_refuse_file_size (const BrExportOptions *options,
                                      GError               **error);

/* br-board-export-svg.c */
GBytes  *_br_export_svg_write       (const BrExportPlan    *plan,
                                     const BrExportOptions *options,
                                     GBytes                *board,
                                     GError               **error);
const char *_br_export_find         (const char            *p,
                                     const char            *end,
                                     const char            *needle);

/* br-board-export-svg-read.c */
BrBoard *_br_export_svg_extract     (GBytes                *bytes,
                                     GError               **error);

/* br-board-export-png.c */
GBytes  *_br_export_png_embed       (GBytes                *png,
                                     GBytes                *board,
                                     GError               **error);
BrBoard *_br_export_png_extract     (GBytes                *bytes,
                                     GError               **error);

G_END_DECLS
