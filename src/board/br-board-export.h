/* br-board-export.h — boards as PNG, SVG and PDF images, with the board inside (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-board.h"
#include "br-board-render.h"

G_BEGIN_DECLS

#define BR_EXPORT_ERROR (br_export_error_quark ())

/**
 * BrExportError:
 * @BR_EXPORT_ERROR_UNKNOWN_FORMAT: not a format this app writes or reads
 *   boards from (by file name when exporting, by content when extracting)
 * @BR_EXPORT_ERROR_NO_BOARD: the image is fine but holds no board
 * @BR_EXPORT_ERROR_CORRUPT: the image is damaged (a chunk's length or CRC,
 *   compressed or encoded data)
 * @BR_EXPORT_ERROR_TOO_LARGE: the drawing is too large for the format, or
 *   the embedded board is larger than a board file may be
 * @BR_EXPORT_ERROR_EMPTY: there is nothing to draw
 * @BR_EXPORT_ERROR_FAILED: cairo could not draw or write the image
 *
 * Errors of exporting, and of finding a board in an image. A board that
 * is found but does not load gives the board loader's #BR_DOC_ERROR.
 */
typedef enum {
  BR_EXPORT_ERROR_UNKNOWN_FORMAT,
  BR_EXPORT_ERROR_NO_BOARD,
  BR_EXPORT_ERROR_CORRUPT,
  BR_EXPORT_ERROR_TOO_LARGE,
  BR_EXPORT_ERROR_EMPTY,
  BR_EXPORT_ERROR_FAILED,
} BrExportError;

typedef enum {
  BR_EXPORT_PNG,
  BR_EXPORT_SVG,
  BR_EXPORT_PDF,
  BR_N_EXPORT_FORMATS
} BrExportFormat;

/* The PNG text chunk's keyword, and the SVG metadata element's name */
#define BR_EXPORT_KEYWORD       "bar-raiser-board"
#define BR_EXPORT_SVG_NAMESPACE "urn:io.github.barraiser.BarRaiser:board"
#define BR_EXPORT_MAX_SCALE     4
#define BR_EXPORT_MAX_PIXELS    32767     /* a side of a PNG image */
#define BR_EXPORT_MAX_AREA      (128.0 * 1024 * 1024)   /* pixels of a PNG image */
#define BR_EXPORT_MAX_EXTENT    1e6       /* a side of an SVG or PDF, board units */
#define BR_EXPORT_MAX_FILE_SIZE (256 * 1024 * 1024)     /* an image read back */

/**
 * BrExportOptions:
 * @format: PNG, SVG or PDF
 * @scale: PNG pixels per board unit, 1 to %BR_EXPORT_MAX_SCALE (SVG and
 *   PDF are drawn one board unit to a user unit or a point)
 * @style: the light palette (the default) or the dark one
 * @transparent: no background under the drawing
 * @margin: board units of room around the drawing
 * @ids: (nullable): the items to export, or %NULL for the whole board
 * @embed: put the exported items in the image as a board (PNG and SVG)
 * @max_file_size: the largest PNG or SVG image written, in bytes:
 *   %BR_EXPORT_MAX_FILE_SIZE, what br_board_load() reads back, by default
 */
typedef struct {
  BrExportFormat format;
  double scale;
  BrRenderStyle style;
  gboolean transparent;
  double margin;
  const char * const *ids;
  gboolean embed;
  gsize max_file_size;
} BrExportOptions;

GQuark       br_export_error_quark           (void);
const char  *br_export_error_code_to_string  (BrExportError          code);

void         br_export_options_init          (BrExportOptions       *options);

gboolean     br_export_format_from_filename  (const char            *filename,
                                              BrExportFormat        *out);
const char  *br_export_format_get_extension  (BrExportFormat         format);
const char  *br_export_format_get_mime_type  (BrExportFormat         format);
gboolean     br_export_sniff_format          (GBytes                *bytes,
                                              BrExportFormat        *out);

gboolean     br_board_export_get_size        (BrBoard               *board,
                                              const BrExportOptions *options,
                                              int                   *width,
                                              int                   *height,
                                              GError               **error);
GBytes      *br_board_export                 (BrBoard               *board,
                                              const BrExportOptions *options,
                                              GError               **error);
gboolean     br_board_export_to_file         (BrBoard               *board,
                                              GFile                 *file,
                                              const BrExportOptions *options,
                                              GCancellable          *cancellable,
                                              GError               **error);

BrBoard     *br_board_export_extract         (GBytes                *bytes,
                                              GError               **error);

G_END_DECLS
