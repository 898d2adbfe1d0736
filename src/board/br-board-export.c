/* br-board-export.c — boards as PNG, SVG and PDF images
 *
 * An export draws the items with br_board_render_items(), the code that
 * draws the canvas, at full detail (no level of detail: every label and
 * icon) onto a cairo image, SVG or PDF surface. The image shows the ink
 * of the drawing (each item measured on a recording surface, so
 * arrowheads and arrow labels are inside) and a margin around it,
 * rounded out to whole board units so that a PNG at scale N is exactly
 * N times the one at 1.
 *
 * PNG and SVG images carry the exported items as a .brboard document
 * (see br-board-export-png.c and br-board-export-svg.c), which
 * br_board_export_extract() finds again: an exported picture can be
 * opened and edited. PDF keeps its labels as text through cairo; the SVG
 * writer writes them as <text> elements itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "br-board-export-private.h"
#include "br-board-file.h"
#include "br-file-util.h"

G_DEFINE_QUARK (br-export-error-quark, br_export_error)

/**
 * br_export_error_code_to_string:
 *
 * Returns: the code's stable name ("no-board", "corrupt"...), used by the
 *   fixture tests and in logs
 */
const char *
br_export_error_code_to_string (BrExportError code)
{
  static const char * const names[] = {
    [BR_EXPORT_ERROR_UNKNOWN_FORMAT] = "unknown-format",
    [BR_EXPORT_ERROR_NO_BOARD] = "no-board",
    [BR_EXPORT_ERROR_CORRUPT] = "corrupt",
    [BR_EXPORT_ERROR_TOO_LARGE] = "too-large",
    [BR_EXPORT_ERROR_EMPTY] = "empty",
    [BR_EXPORT_ERROR_FAILED] = "failed",
  };

  if ((guint) code < G_N_ELEMENTS (names))
    return names[code];
  return "unknown";
}

static const struct {
  const char *extension;
  const char *mime_type;
} formats[BR_N_EXPORT_FORMATS] = {
  [BR_EXPORT_PNG] = { "png", "image/png" },
  [BR_EXPORT_SVG] = { "svg", "image/svg+xml" },
  [BR_EXPORT_PDF] = { "pdf", "application/pdf" },
};

void
br_export_options_init (BrExportOptions *options)
{
  options->format = BR_EXPORT_PNG;
  options->scale = 1;
  options->style = BR_RENDER_LIGHT;
  options->transparent = FALSE;
  options->margin = 24;
  options->ids = NULL;
  options->embed = TRUE;
  options->max_file_size = BR_EXPORT_MAX_FILE_SIZE;
}

/**
 * br_export_format_from_filename:
 * @filename: "board.png"
 *
 * Finds the format from the name's extension, in any case.
 */
gboolean
br_export_format_from_filename (const char     *filename,
                                BrExportFormat *out)
{
  const char *dot;

  g_return_val_if_fail (filename != NULL, FALSE);

  dot = strrchr (filename, '.');
  if (dot == NULL || strchr (dot, '/') != NULL)
    return FALSE;
  for (guint i = 0; i < BR_N_EXPORT_FORMATS; i++)
    if (g_ascii_strcasecmp (dot + 1, formats[i].extension) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
br_export_format_get_extension (BrExportFormat format)
{
  g_return_val_if_fail ((guint) format < BR_N_EXPORT_FORMATS, NULL);
  return formats[format].extension;
}

const char *
br_export_format_get_mime_type (BrExportFormat format)
{
  g_return_val_if_fail ((guint) format < BR_N_EXPORT_FORMATS, NULL);
  return formats[format].mime_type;
}

/**
 * br_export_sniff_format:
 *
 * Tells a PNG image (by its signature) from an SVG image (XML: text that
 * starts with "<"), the two formats a board can be read back from.
 */
gboolean
br_export_sniff_format (GBytes         *bytes,
                        BrExportFormat *out)
{
  static const guint8 png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  gsize i = 0;

  if (size >= sizeof png_signature && memcmp (data, png_signature, sizeof png_signature) == 0)
    {
      *out = BR_EXPORT_PNG;
      return TRUE;
    }
  if (size >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf)
    i = 3;
  while (i < size && g_ascii_isspace (data[i]))
    i++;
  if (i < size && data[i] == '<')
    {
      *out = BR_EXPORT_SVG;
      return TRUE;
    }
  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* Planning: what to draw and how large                                    */

void
_br_export_render_options (const BrExportPlan    *plan,
                           const BrExportOptions *options,
                           BrRenderOptions       *out)
{
  double scale = options->format == BR_EXPORT_PNG ? options->scale : 1;

  br_render_options_init (out);
  out->scale = scale;
  out->offset_x = -plan->area.x * scale;
  out->offset_y = -plan->area.y * scale;
  out->style = options->style;
  out->background = !options->transparent;
  out->min_text_size = 0;
  out->full_detail = TRUE;
  /* Every label is drawn once: none is kept laid out, so that a board of
   * long labels never holds all of their layouts at once */
  out->keep_layouts = FALSE;
}

static GPtrArray *
collect_items (BrBoard            *board,
               const char * const *ids)
{
  guint n = br_board_get_n_items (board);
  GPtrArray *items = g_ptr_array_sized_new (ids ? 16 : n);
  g_autoptr(GHashTable) wanted = NULL;

  if (ids != NULL)
    {
      wanted = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; ids[i] != NULL; i++)
        g_hash_table_add (wanted, (gpointer) ids[i]);
    }
  for (guint i = 0; i < n; i++)
    {
      const BrItem *item = br_board_get_item (board, i);

      if (wanted == NULL || g_hash_table_contains (wanted, item->id))
        g_ptr_array_add (items, (gpointer) item);
    }
  return items;
}

/* The ink of @item drawn at scale 1 with (@origin_x, @origin_y) at the
 * device origin, in board units; FALSE when it leaves no ink. One item
 * at a time: the ink of a whole recording is a region of every box drawn,
 * which takes quadratic time to build. */
static gboolean
measure_ink (const BrItem          *item,
             const BrRenderOptions *options,
             BrRect                *out)
{
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (recording);
  double x, y, width, height;

  br_item_render (item, cr, options, NULL);
  cairo_destroy (cr);
  cairo_recording_surface_ink_extents (recording, &x, &y, &width, &height);
  cairo_surface_destroy (recording);

  out->x = x - options->offset_x;
  out->y = y - options->offset_y;
  out->width = width;
  out->height = height;
  return width > 0 && height > 0;
}

/* @at_least: the size is what the image would be at least, found before
 * all of it was measured */
static gboolean
refuse_pixels (double    scale,
               double    width,
               double    height,
               gboolean  at_least,
               GError  **error)
{
  if (at_least)
    g_set_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_TOO_LARGE,
                 _("The drawing is too large for a PNG image at %.0f×: at least %.0f × %.0f pixels; "
                   "try a smaller scale, or SVG or PDF"),
                 scale, width, height);
  else
    g_set_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_TOO_LARGE,
                 _("The drawing is too large for a PNG image at %.0f×: %.0f × %.0f pixels; "
                   "try a smaller scale, or SVG or PDF"),
                 scale, width, height);
  return FALSE;
}

static gboolean
too_many_pixels (double scale,
                 double width,
                 double height)
{
  return width * scale > BR_EXPORT_MAX_PIXELS || height * scale > BR_EXPORT_MAX_PIXELS ||
         width * scale * height * scale > BR_EXPORT_MAX_AREA;
}

/* The limits an image's size can be told from the items' boxes */
static gboolean
check_size_before_ink (const BrExportPlan    *plan,
                       const BrExportOptions *options,
                       double                 scale,
                       double                 margin,
                       GError               **error)
{
  BrRect drawn = { 0, 0, -1, -1 };
  gsize text_bytes = 0;

  for (guint i = 0; i < plan->items->len; i++)
    {
      const BrItem *item = g_ptr_array_index (plan->items, i);
      BrRect bounds;

      text_bytes += strlen (item->label);
      if (item->kind == BR_ITEM_TEXT)
        continue;
      br_item_get_bounds (item, &bounds);
      if (drawn.width < 0)
        drawn = bounds;
      else
        br_rect_union (&drawn, &bounds);
    }

  if (options->format == BR_EXPORT_PNG && drawn.width >= 0 &&
      too_many_pixels (scale, ceil (drawn.width + 2 * margin), ceil (drawn.height + 2 * margin)))
    return refuse_pixels (scale, ceil (drawn.width + 2 * margin) * scale,
                          ceil (drawn.height + 2 * margin) * scale, TRUE, error);

  /* An SVG image holds every label as text, and the board inside it in
   * base64: when that alone is more than an image may be to be opened
   * again, it is refused before anything is drawn */
  if (options->format == BR_EXPORT_SVG &&
      text_bytes + plan->board_size / 3 * 4 > options->max_file_size)
    return _br_export_refuse_file_size (options, error);
  return TRUE;
}

/**
 * _br_export_refuse_file_size:
 *
 * Refuses an image larger than @options allows: by default, larger than
 * br_board_load() reads back.
 */
gboolean
_br_export_refuse_file_size (const BrExportOptions  *options,
                             GError                **error)
{
  g_autofree char *limit = g_format_size (options->max_file_size);

  g_set_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_TOO_LARGE,
               _("The image would be larger than %s, the most Bar Raiser opens again: "
                 "export part of the board, or as PDF"),
               limit);
  return FALSE;
}

static gboolean
plan_export (BrBoard               *board,
             const BrExportOptions *options,
             GBytes                *embedded,
             BrExportPlan          *plan,
             GError               **error)
{
  double scale = options->format == BR_EXPORT_PNG ? options->scale : 1;
  double margin = CLAMP (options->margin, 0, 10000);
  BrRenderOptions render;
  BrRect box, ink;
  double x1, y1;

  memset (plan, 0, sizeof *plan);
  plan->board_size = embedded ? g_bytes_get_size (embedded) : 0;
  if ((guint) options->format >= BR_N_EXPORT_FORMATS ||
      !(scale >= 1 && scale <= BR_EXPORT_MAX_SCALE))
    {
      g_set_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("The scale must be between 1 and %d"), BR_EXPORT_MAX_SCALE);
      return FALSE;
    }

  plan->items = collect_items (board, options->ids);
  if (plan->items->len == 0)
    {
      g_set_error_literal (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_EMPTY,
                           options->ids ? _("None of the items to export is on the board")
                                        : _("The board is empty: there is nothing to export"));
      return FALSE;
    }

  br_item_get_bounds (g_ptr_array_index (plan->items, 0), &box);
  for (guint i = 1; i < plan->items->len; i++)
    {
      BrRect bounds;

      br_item_get_bounds (g_ptr_array_index (plan->items, i), &bounds);
      br_rect_union (&box, &bounds);
    }
  /* Checked before drawing anything: cairo's fixed-point numbers stop
   * near 8 million */
  if (box.width > BR_EXPORT_MAX_EXTENT || box.height > BR_EXPORT_MAX_EXTENT)
    {
      g_set_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_TOO_LARGE,
                   _("The drawing is too large to export: %.0f × %.0f board units; the most is %.0f"),
                   box.width, box.height, BR_EXPORT_MAX_EXTENT);
      return FALSE;
    }

  /* Checked before measuring anything, which lays out every label: the
   * ink of a shape, an arrow or a stroke covers its box (text alone may
   * leave part of its box empty), so a box too large for the image means
   * an image too large */
  if (!check_size_before_ink (plan, options, scale, margin, error))
    return FALSE;

  /* Drawn near the origin, where cairo's numbers are precise */
  br_render_options_init (&render);
  render.style = options->style;
  render.min_text_size = 0;
  render.full_detail = TRUE;
  render.background = FALSE;
  render.keep_layouts = FALSE;
  render.offset_x = -box.x;
  render.offset_y = -box.y;
  plan->inks = g_array_sized_new (FALSE, FALSE, sizeof (BrRect), plan->items->len);
  ink.width = -1;
  for (guint i = 0; i < plan->items->len; i++)
    {
      BrRect item_ink;

      if (!measure_ink (g_ptr_array_index (plan->items, i), &render, &item_ink))
        item_ink = (BrRect) { 0, 0, -1, -1 };
      else if (ink.width < 0)
        ink = item_ink;
      else
        br_rect_union (&ink, &item_ink);
      g_array_append_val (plan->inks, item_ink);

      /* Refused as soon as the ink so far is too large, without measuring
       * the rest */
      if (options->format == BR_EXPORT_PNG && item_ink.width >= 0 &&
          too_many_pixels (scale, ceil (ink.width + 2 * margin), ceil (ink.height + 2 * margin)))
        return refuse_pixels (scale, ceil (ink.width + 2 * margin) * scale,
                              ceil (ink.height + 2 * margin) * scale, i + 1 < plan->items->len, error);
    }
  if (ink.width < 0)
    ink = box;

  plan->area.x = floor (ink.x - margin);
  plan->area.y = floor (ink.y - margin);
  x1 = ceil (ink.x + ink.width + margin);
  y1 = ceil (ink.y + ink.height + margin);
  plan->area.width = MAX (x1 - plan->area.x, 1);
  plan->area.height = MAX (y1 - plan->area.y, 1);

  if (options->format == BR_EXPORT_PNG && too_many_pixels (scale, plan->area.width, plan->area.height))
    return refuse_pixels (scale, plan->area.width * scale, plan->area.height * scale, FALSE, error);
  if (plan->area.width > BR_EXPORT_MAX_EXTENT || plan->area.height > BR_EXPORT_MAX_EXTENT)
    {
      g_set_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_TOO_LARGE,
                   _("The drawing is too large to export: %.0f × %.0f board units; the most is %.0f"),
                   plan->area.width, plan->area.height, BR_EXPORT_MAX_EXTENT);
      return FALSE;
    }

  plan->width = (int) (plan->area.width * scale + 0.5);
  plan->height = (int) (plan->area.height * scale + 0.5);
  return TRUE;
}

static void
plan_clear (BrExportPlan *plan)
{
  g_clear_pointer (&plan->items, g_ptr_array_unref);
  g_clear_pointer (&plan->inks, g_array_unref);
}

/* ---------------------------------------------------------------------- */
/* Drawing                                                                 */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_FAILED,
               _("The image could not be drawn: %s"), cairo_status_to_string (status));
  return FALSE;
}

static GBytes *
draw_png (const BrExportPlan    *plan,
          const BrExportOptions *options,
          GError               **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, plan->width, plan->height);
  cairo_status_t status = cairo_surface_status (surface);
  BrRenderOptions render;

  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_t *cr = cairo_create (surface);

      _br_export_render_options (plan, options, &render);
      br_board_render_items (plan->items, cr, &render, NULL);
      status = cairo_status (cr);
      cairo_destroy (cr);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, append_bytes, out);
    }
  cairo_surface_destroy (surface);
  if (!check_cairo (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static GBytes *
draw_pdf (const BrExportPlan    *plan,
          const BrExportOptions *options,
          GError               **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, out, plan->width, plan->height);
  cairo_t *cr = cairo_create (surface);
  BrRenderOptions render;
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Bar Raiser");
  _br_export_render_options (plan, options, &render);
  br_board_render_items (plan->items, cr, &render, NULL);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!check_cairo (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/**
 * br_board_export_get_size:
 * @width: (out): the image's width, in pixels for PNG, points for PDF,
 *   user units for SVG
 * @height: (out): likewise
 *
 * The size br_board_export() makes the image, or why it cannot.
 */
gboolean
br_board_export_get_size (BrBoard               *board,
                          const BrExportOptions *options,
                          int                   *width,
                          int                   *height,
                          GError               **error)
{
  BrExportPlan plan;
  gboolean ok;

  g_return_val_if_fail (BR_IS_BOARD (board), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  ok = plan_export (board, options, NULL, &plan, error);
  if (ok)
    {
      *width = plan.width;
      *height = plan.height;
    }
  plan_clear (&plan);
  return ok;
}

/**
 * br_board_export:
 *
 * Draws the board, or the items @options names, as an image; PNG and SVG
 * images carry the items as a board (see br_board_export_extract()).
 *
 * Returns: (transfer full) (nullable): the image file's content
 */
GBytes *
br_board_export (BrBoard               *board,
                 const BrExportOptions *options,
                 GError               **error)
{
  g_autoptr(GBytes) embedded = NULL;
  g_autoptr(GBytes) png = NULL;
  BrExportPlan plan;
  GBytes *result = NULL;

  g_return_val_if_fail (BR_IS_BOARD (board), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (options->embed && options->format != BR_EXPORT_PDF)
    {
      g_autoptr(BrBoard) copy = NULL;

      if (options->ids != NULL)
        copy = br_board_copy_items (board, options->ids);
      embedded = br_board_to_bytes (copy ? copy : board);
    }

  if (!plan_export (board, options, embedded, &plan, error))
    {
      plan_clear (&plan);
      return NULL;
    }

  switch (options->format)
    {
    case BR_EXPORT_PNG:
      png = draw_png (&plan, options, error);
      if (png != NULL)
        result = embedded ? _br_export_png_embed (png, embedded, error) : g_bytes_ref (png);
      if (result != NULL && g_bytes_get_size (result) > options->max_file_size)
        {
          g_clear_pointer (&result, g_bytes_unref);
          _br_export_refuse_file_size (options, error);
        }
      break;
    case BR_EXPORT_SVG:
      result = _br_export_svg_write (&plan, options, embedded, error);
      break;
    case BR_EXPORT_PDF:
    default:
      result = draw_pdf (&plan, options, error);
      break;
    }
  plan_clear (&plan);
  return result;
}

/**
 * br_board_export_to_file:
 *
 * Exports and writes @file atomically. Error messages start with the
 * file's path.
 */
gboolean
br_board_export_to_file (BrBoard               *board,
                         GFile                 *file,
                         const BrExportOptions *options,
                         GCancellable          *cancellable,
                         GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (BR_IS_BOARD (board), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = br_board_export (board, options, &local_error);
  if (bytes == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return FALSE;
    }
  return br_file_write_atomic (file, bytes, cancellable, error);
}

/**
 * br_board_export_extract:
 * @bytes: a PNG or SVG image
 *
 * Finds the board an export put in the image and loads it with the
 * strict loader. Nothing in @bytes is trusted: lengths, sizes, checksums
 * and encodings are checked. Errors are #BR_EXPORT_ERROR (not an image,
 * no board, damaged, too large), or the loader's #BR_DOC_ERROR, located
 * in the board's document ("LINE:COLUMN: JSON-PATH: ").
 *
 * Returns: (transfer full) (nullable): the board
 */
BrBoard *
br_board_export_extract (GBytes  *bytes,
                         GError **error)
{
  BrExportFormat format;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!br_export_sniff_format (bytes, &format))
    {
      g_set_error_literal (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_UNKNOWN_FORMAT,
                           _("This file is neither a PNG nor an SVG image"));
      return NULL;
    }
  if (format == BR_EXPORT_PNG)
    return _br_export_png_extract (bytes, error);
  return _br_export_svg_extract (bytes, error);
}
