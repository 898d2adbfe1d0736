/* br-board-export-svg.c — boards as SVG, with real text and the board inside
 *
 * cairo's SVG surface draws the shapes, but it would turn every glyph of
 * a label into a path. So the renderer hands the labels to this writer
 * (BrRenderOptions.text_func) instead, which writes each one as a <text>
 * element with a <tspan> per line at the line's place in the Pango
 * layout, in the layout's font family and size and the label's colour.
 *
 * Labels must stay in z-order: an item drawn after a label may cover it.
 * The shapes therefore go into layers, one cairo SVG surface each, and
 * the pending labels are written after a layer as soon as the next item's
 * ink reaches one of them; a board whose items do not overlap labels is
 * one layer and its labels. The layers' content is copied out of cairo's
 * documents with their ids made unique.
 *
 * The .brboard document goes in <metadata>, base64-encoded (so no text in
 * it can end the element early), in a <bar-raiser-board> element in the
 * BR_EXPORT_SVG_NAMESPACE namespace (br-board-export-svg-read.c finds it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "br-board-export-private.h"

typedef struct {
  const BrExportPlan *plan;
  BrRenderOptions render;
  GString *out;
  GString *texts;           /* <text> elements not written yet */
  GArray *text_boxes;       /* BrRect: where they are, board units */
  GHashTable *text_cells;   /* grid cell -> GArray of indices into text_boxes */
  GArray *large_texts;      /* indices of the boxes too large for the grid */
  GByteArray *layer;        /* cairo's document for the current layer */
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_layers;
  char *family;             /* the labels' font family, once known */
  cairo_status_t status;
} SvgWriter;

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  /* Two decimals, without a locale's decimal comma or trailing zeros */
  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  end = buffer + strlen (buffer);
  while (end > buffer && end[-1] == '0')
    *--end = '\0';
  if (end > buffer && end[-1] == '.')
    *--end = '\0';
  g_string_append (out, g_str_equal (buffer, "-0") ? "0" : buffer);
}

/* XML text or attribute content: escaped, without the control characters
 * XML 1.0 cannot hold */
static void
append_escaped (GString    *out,
                const char *text,
                gssize      length)
{
  const char *end = text + (length < 0 ? (gssize) strlen (text) : length);

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&apos;"); break;
        default:
          if ((c < 0x20 && c != '\t') || c == 0xfffe || c == 0xffff)
            g_string_append_c (out, ' ');
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
        }
    }
}

/* ---------------------------------------------------------------------- */
/* Labels                                                                  */

static const char *
font_family (SvgWriter   *self,
             PangoLayout *layout)
{
  if (self->family == NULL)
    {
      const PangoFontDescription *wanted = pango_layout_get_font_description (layout);
      g_autoptr(PangoFont) font = pango_context_load_font (pango_layout_get_context (layout), wanted);
      PangoFontDescription *used = font ? pango_font_describe (font) : NULL;
      const char *family = used ? pango_font_description_get_family (used) : NULL;

      self->family = g_strdup_printf ("%s, sans-serif", family ? family : "Sans");
      g_clear_pointer (&used, pango_font_description_free);
    }
  return self->family;
}

/* ---------------------------------------------------------------------- */
/* Where the pending labels are: a grid, so that checking an item against
 * thousands of them looks only at those nearby                            */

#define CELL_SIZE 256.0
#define MAX_CELLS 64

/* The cells @box covers, or FALSE when they are too many */
static gboolean
cell_range (const BrRect *box,
            gint64        range[4])
{
  range[0] = (gint64) floor (box->x / CELL_SIZE);
  range[1] = (gint64) floor (box->y / CELL_SIZE);
  range[2] = (gint64) floor ((box->x + box->width) / CELL_SIZE);
  range[3] = (gint64) floor ((box->y + box->height) / CELL_SIZE);
  return (range[2] - range[0] + 1) * (range[3] - range[1] + 1) <= MAX_CELLS;
}

/* Boards stay within +-1e7 units: well under 2^31 cells either way. In
 * unsigned arithmetic: a cell left of or above the origin is negative, and
 * shifting a negative number is undefined. */
static inline gint64
cell_key_value (gint64 x,
                gint64 y)
{
  return (gint64) (((guint64) x << 32) ^ ((guint64) y & 0xffffffff));
}

static gint64 *
cell_key (gint64 x,
          gint64 y)
{
  gint64 *key = g_new (gint64, 1);

  *key = cell_key_value (x, y);
  return key;
}

static void
add_text_box (SvgWriter    *self,
              const BrRect *box)
{
  guint index = self->text_boxes->len;
  gint64 range[4];

  g_array_append_val (self->text_boxes, *box);
  if (!cell_range (box, range))
    {
      g_array_append_val (self->large_texts, index);
      return;
    }
  for (gint64 x = range[0]; x <= range[2]; x++)
    for (gint64 y = range[1]; y <= range[3]; y++)
      {
        gint64 *key = cell_key (x, y);
        GArray *cell = g_hash_table_lookup (self->text_cells, key);

        if (cell == NULL)
          {
            cell = g_array_new (FALSE, FALSE, sizeof (guint));
            g_hash_table_insert (self->text_cells, key, cell);
          }
        else
          g_free (key);
        g_array_append_val (cell, index);
      }
}

static gboolean
covers_a_label (SvgWriter    *self,
                const BrRect *ink)
{
  gint64 range[4];

  if (ink->width < 0 || self->text_boxes->len == 0)
    return FALSE;
  if (!cell_range (ink, range))
    {
      for (guint i = 0; i < self->text_boxes->len; i++)
        if (br_rect_intersects (ink, &g_array_index (self->text_boxes, BrRect, i)))
          return TRUE;
      return FALSE;
    }
  for (guint i = 0; i < self->large_texts->len; i++)
    if (br_rect_intersects (ink, &g_array_index (self->text_boxes, BrRect,
                                                 g_array_index (self->large_texts, guint, i))))
      return TRUE;
  for (gint64 x = range[0]; x <= range[2]; x++)
    for (gint64 y = range[1]; y <= range[3]; y++)
      {
        gint64 key = cell_key_value (x, y);
        GArray *cell = g_hash_table_lookup (self->text_cells, &key);

        for (guint i = 0; cell != NULL && i < cell->len; i++)
          if (br_rect_intersects (ink, &g_array_index (self->text_boxes, BrRect,
                                                       g_array_index (cell, guint, i))))
            return TRUE;
      }
  return FALSE;
}

static void
clear_text_boxes (SvgWriter *self)
{
  g_array_set_size (self->text_boxes, 0);
  g_array_set_size (self->large_texts, 0);
  g_hash_table_remove_all (self->text_cells);
}

static void
take_label (cairo_t      *cr,
            const BrItem *item,
            PangoLayout  *layout,
            double        x,
            double        y,
            const double  rgb[3],
            gpointer      user_data)
{
  SvgWriter *self = user_data;
  const char *text = pango_layout_get_text (layout);
  const PangoFontDescription *font = pango_layout_get_font_description (layout);
  PangoLayoutIter *iter;
  PangoRectangle logical;
  BrRect box;
  double dx = x, dy = y;

  pango_layout_get_extents (layout, NULL, &logical);
  box.x = x + (double) logical.x / PANGO_SCALE;
  box.y = y + (double) logical.y / PANGO_SCALE;
  box.width = (double) logical.width / PANGO_SCALE;
  box.height = (double) logical.height / PANGO_SCALE;
  add_text_box (self, &box);

  /* Board units to the image's units */
  cairo_user_to_device (cr, &dx, &dy);

  g_string_append (self->texts, "<text font-family=\"");
  append_escaped (self->texts, font_family (self, layout), -1);
  g_string_append (self->texts, "\" font-size=\"");
  append_number (self->texts, (double) pango_font_description_get_size (font) / PANGO_SCALE);
  g_string_append_printf (self->texts, "\" fill=\"#%02x%02x%02x\" text-anchor=\"middle\" xml:space=\"preserve\">",
                          (int) (rgb[0] * 255 + 0.5), (int) (rgb[1] * 255 + 0.5), (int) (rgb[2] * 255 + 0.5));

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      const char *start = text + line->start_index;
      const char *end = start + line->length;

      while (end > start && g_ascii_isspace (end[-1]))
        end--;
      if (end == start)
        continue;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      g_string_append (self->texts, "<tspan x=\"");
      append_number (self->texts, dx + (logical.x + logical.width / 2.0) / PANGO_SCALE);
      g_string_append (self->texts, "\" y=\"");
      append_number (self->texts, dy + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
      g_string_append (self->texts, "\">");
      append_escaped (self->texts, start, end - start);
      g_string_append (self->texts, "</tspan>");
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  g_string_append (self->texts, "</text>\n");
}

/* ---------------------------------------------------------------------- */
/* Layers                                                                  */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
open_layer (SvgWriter *self)
{
  self->layer = g_byte_array_new ();
  self->surface = cairo_svg_surface_create_for_stream (append_bytes, self->layer,
                                                       self->plan->width, self->plan->height);
  cairo_svg_surface_restrict_to_version (self->surface, CAIRO_SVG_VERSION_1_1);
  self->cr = cairo_create (self->surface);
  self->n_layers++;
}

/* The first @needle in [@p, @end), or NULL; the text may hold NULs */
const char *
_br_export_find (const char *p,
                 const char *end,
                 const char *needle)
{
  gsize n = strlen (needle);

  for (; p != NULL && end - p >= (gssize) n; p++)
    {
      p = memchr (p, needle[0], end - p - n + 1);
      if (p == NULL)
        return NULL;
      if (memcmp (p, needle, n) == 0)
        return p;
    }
  return NULL;
}

/* Copies the children of cairo's root element, with every id and every
 * reference to one prefixed so that layers do not clash */
static void
append_layer_content (SvgWriter *self)
{
  static const char * const refs[] = { " id=\"", "url(#", "href=\"#" };
  const char *data = (const char *) self->layer->data;
  const char *end = data + self->layer->len;
  const char *p = _br_export_find (data, end, "<svg");
  const char *stop = NULL;
  g_autofree char *prefix = g_strdup_printf ("layer%u-", self->n_layers);

  if (p != NULL)
    p = memchr (p, '>', end - p);
  for (const char *q = p; q != NULL; q = _br_export_find (q + 1, end, "</svg>"))
    stop = q;
  if (p == NULL || stop == NULL || stop <= p)
    {
      self->status = CAIRO_STATUS_WRITE_ERROR;
      return;
    }

  for (p = p + 1; p < stop;)
    {
      const char *next = stop, *ref = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
        {
          const char *at = _br_export_find (p, stop, refs[i]);

          if (at != NULL && at < next)
            {
              next = at;
              ref = refs[i];
            }
        }
      if (ref == NULL)
        {
          g_string_append_len (self->out, p, stop - p);
          break;
        }
      next += strlen (ref);
      g_string_append_len (self->out, p, next - p);
      g_string_append (self->out, prefix);
      p = next;
    }
}

static void
close_layer (SvgWriter *self)
{
  cairo_status_t status = cairo_status (self->cr);

  cairo_destroy (self->cr);
  cairo_surface_finish (self->surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (self->surface);
  cairo_surface_destroy (self->surface);
  self->cr = NULL;
  self->surface = NULL;

  if (status != CAIRO_STATUS_SUCCESS)
    self->status = status;
  else
    append_layer_content (self);
  g_clear_pointer (&self->layer, g_byte_array_unref);

  g_string_append_len (self->out, self->texts->str, self->texts->len);
  g_string_truncate (self->texts, 0);
  clear_text_boxes (self);
}

static void
append_metadata (GString *out,
                 GBytes  *board)
{
  g_autofree char *encoded = g_base64_encode (g_bytes_get_data (board, NULL), g_bytes_get_size (board));
  gsize length = strlen (encoded);

  g_string_append (out, "<metadata>\n<" BR_EXPORT_KEYWORD " xmlns=\"" BR_EXPORT_SVG_NAMESPACE "\""
                        " version=\"1\" encoding=\"base64\">\n");
  for (gsize i = 0; i < length; i += 76)
    {
      g_string_append_len (out, encoded + i, MIN (76, length - i));
      g_string_append_c (out, '\n');
    }
  g_string_append (out, "</" BR_EXPORT_KEYWORD ">\n</metadata>\n");
}

GBytes *
_br_export_svg_write (const BrExportPlan    *plan,
                      const BrExportOptions *options,
                      GBytes                *board,
                      GError               **error)
{
  SvgWriter self = { .plan = plan };
  gboolean too_large = FALSE;

  self.out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  self.texts = g_string_new (NULL);
  self.text_boxes = g_array_new (FALSE, FALSE, sizeof (BrRect));
  self.large_texts = g_array_new (FALSE, FALSE, sizeof (guint));
  self.text_cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                           (GDestroyNotify) g_array_unref);
  _br_export_render_options (plan, options, &self.render);
  self.render.text_func = take_label;
  self.render.text_data = &self;

  g_string_append_printf (self.out,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                          " version=\"1.1\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n",
                          plan->width, plan->height, plan->width, plan->height);
  if (board != NULL)
    append_metadata (self.out, board);

  open_layer (&self);
  if (self.render.background)
    {
      double bg[3];

      br_palette_get_background (options->style, bg);
      cairo_set_source_rgb (self.cr, bg[0], bg[1], bg[2]);
      cairo_paint (self.cr);
    }
  for (guint i = 0; i < plan->items->len && !too_large; i++)
    {
      if (covers_a_label (&self, &g_array_index (plan->inks, BrRect, i)))
        {
          close_layer (&self);
          open_layer (&self);
        }
      br_item_render (g_ptr_array_index (plan->items, i), self.cr, &self.render, NULL);
      /* Stopped as soon as the image passes what can be opened again */
      too_large = self.out->len + self.texts->len + self.layer->len > options->max_file_size;
    }
  close_layer (&self);
  g_string_append (self.out, "</svg>\n");
  too_large |= self.out->len > options->max_file_size;

  g_string_free (self.texts, TRUE);
  g_array_unref (self.text_boxes);
  g_array_unref (self.large_texts);
  g_hash_table_unref (self.text_cells);
  g_free (self.family);
  if (too_large)
    {
      g_string_free (self.out, TRUE);
      _br_export_refuse_file_size (options, error);
      return NULL;
    }
  if (self.status != CAIRO_STATUS_SUCCESS)
    {
      g_string_free (self.out, TRUE);
      g_set_error (error, BR_EXPORT_ERROR, BR_EXPORT_ERROR_FAILED,
                   _("The image could not be drawn: %s"), cairo_status_to_string (self.status));
      return NULL;
    }
  return g_string_free_to_bytes (self.out);
}
