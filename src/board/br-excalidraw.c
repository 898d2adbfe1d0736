/* br-excalidraw.c — Excalidraw drawings: colours, sizes, the import
 * report, and files
 *
 * Excalidraw (https://excalidraw.com) saves a drawing as
 *
 *   {"type": "excalidraw", "version": 2, "source": ..., "elements": [...],
 *    "appState": {...}, "files": {...}}
 *
 * and copies elements to the clipboard as text/plain holding
 * {"type": "excalidraw/clipboard", "elements": [...], "files": {...}}.
 * br-excalidraw-read.c turns either into a board, br-excalidraw-write.c a
 * board into the first. Colours are any CSS colour in Excalidraw and one of
 * eight palette entries on a board: reading takes the nearest entry,
 * writing the entry's light-theme colour, so that our own colours come
 * back unchanged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "br-board-file.h"
#include "br-board-render.h"
#include "br-excalidraw-private.h"
#include "br-file-util.h"

/* ---------------------------------------------------------------------- */
/* Colours                                                                 */

static const struct {
  const char *name;
  guint32 rgb;
} css_names[] = {
  { "black", 0x000000 }, { "white", 0xffffff }, { "red", 0xff0000 },
  { "green", 0x008000 }, { "blue", 0x0000ff }, { "yellow", 0xffff00 },
  { "orange", 0xffa500 }, { "purple", 0x800080 }, { "gray", 0x808080 },
  { "grey", 0x808080 }, { "pink", 0xffc0cb }, { "brown", 0xa52a2a },
};

/**
 * _br_excalidraw_parse_color:
 * @text: "#rgb", "#rgba", "#rrggbb", "#rrggbbaa", "transparent" or a
 *   common CSS colour name
 * @transparent: (out): whether the colour is fully transparent
 *
 * Returns: whether @text is a colour this reader knows
 */
gboolean
_br_excalidraw_parse_color (const char *text,
                            guint32    *rgb,
                            gboolean   *transparent)
{
  gsize length = strlen (text);
  guint64 value;
  char *end;

  *rgb = 0;
  *transparent = FALSE;
  if (g_ascii_strcasecmp (text, "transparent") == 0)
    {
      *transparent = TRUE;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (css_names); i++)
    if (g_ascii_strcasecmp (text, css_names[i].name) == 0)
      {
        *rgb = css_names[i].rgb;
        return TRUE;
      }

  if (text[0] != '#' || !(length == 4 || length == 5 || length == 7 || length == 9))
    return FALSE;
  for (gsize i = 1; i < length; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;
  value = g_ascii_strtoull (text + 1, &end, 16);

  switch (length)
    {
    case 5:   /* #rgba */
      *transparent = (value & 0xf) == 0;
      value >>= 4;
      G_GNUC_FALLTHROUGH;
    case 4:   /* #rgb */
      *rgb = ((value >> 8) & 0xf) * 0x110000 + ((value >> 4) & 0xf) * 0x1100 + (value & 0xf) * 0x11;
      break;
    case 9:   /* #rrggbbaa */
      *transparent = (value & 0xff) == 0;
      value >>= 8;
      G_GNUC_FALLTHROUGH;
    default:
      *rgb = (guint32) value;
      break;
    }
  return TRUE;
}

static guint32
palette_rgb (guint    index,
             gboolean fill)
{
  double c[3];

  if (fill)
    br_palette_get_fill (index, BR_RENDER_LIGHT, c);
  else
    br_palette_get_stroke (index, BR_RENDER_LIGHT, c);
  return ((guint32) lround (c[0] * 255) << 16) | ((guint32) lround (c[1] * 255) << 8) |
         (guint32) lround (c[2] * 255);
}

/* The "redmean" weighted distance: cheap and close enough to what eyes see */
static double
color_distance (guint32 a,
                guint32 b)
{
  int r1 = (a >> 16) & 0xff, g1 = (a >> 8) & 0xff, b1 = a & 0xff;
  int r2 = (b >> 16) & 0xff, g2 = (b >> 8) & 0xff, b2 = b & 0xff;
  double rmean = (r1 + r2) / 2.0;
  int dr = r1 - r2, dg = g1 - g2, db = b1 - b2;

  return (2 + rmean / 256) * dr * dr + 4.0 * dg * dg + (2 + (255 - rmean) / 256) * db * db;
}

/**
 * _br_excalidraw_nearest_color:
 * @fill: match a fill (against the fills and the strokes of the palette:
 *   Excalidraw fills are often strong colours) rather than a stroke
 *   (against the strokes only, so that a pale line stays a colour)
 *
 * Returns: the palette index nearest to @rgb
 */
guint
_br_excalidraw_nearest_color (guint32  rgb,
                              gboolean fill)
{
  guint best = 0;
  double best_distance = G_MAXDOUBLE;

  for (guint i = 0; i < BR_PALETTE_SIZE; i++)
    for (guint table = 0; table < (fill ? 2u : 1u); table++)
      {
        double d = color_distance (rgb, palette_rgb (i, table == 1));

        if (d < best_distance)
          {
            best_distance = d;
            best = i;
          }
      }
  return best;
}

void
_br_excalidraw_format_color (guint    index,
                             gboolean fill,
                             char     out[8])
{
  g_snprintf (out, 8, "#%06x", palette_rgb (MIN (index, BR_PALETTE_SIZE - 1), fill));
}

/* ---------------------------------------------------------------------- */
/* Sizes                                                                   */

/* Excalidraw's widths are 1 (thin), 2 (bold) and 4 (extra bold); ours 1, 2, 4 */
BrStrokeWidth
_br_excalidraw_stroke_width_from_double (double width)
{
  if (width < 1.5)
    return BR_STROKE_THIN;
  if (width < 3)
    return BR_STROKE_MEDIUM;
  return BR_STROKE_BOLD;
}

/* Excalidraw's sizes are 16, 20, 28 and 36; ours 14, 20 and 28 */
BrFontSize
_br_excalidraw_font_size_from_double (double size)
{
  if (size < 18)
    return BR_FONT_SMALL;
  if (size < 24)
    return BR_FONT_MEDIUM;
  return BR_FONT_LARGE;
}

/* ---------------------------------------------------------------------- */
/* The report                                                              */

static char *
skipped_part (BrExcalidrawSkipped kind,
              guint               n)
{
  switch (kind)
    {
    case BR_EXCALIDRAW_SKIPPED_IMAGE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u image", "%u images", n), n);
    case BR_EXCALIDRAW_SKIPPED_FRAME:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u frame", "%u frames", n), n);
    case BR_EXCALIDRAW_SKIPPED_EMBED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u embedded web page", "%u embedded web pages", n), n);
    case BR_EXCALIDRAW_SKIPPED_OTHER:
    case BR_EXCALIDRAW_N_SKIPPED:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u element of another kind", "%u elements of other kinds", n), n);
    }
}

/**
 * br_excalidraw_report_to_message:
 * @report: (nullable): what an import left out
 *
 * Returns: (transfer full) (nullable): one translated line for a toast,
 *   "2 images and 1 frame could not be shown", or %NULL when nothing was
 *   left out
 */
char *
br_excalidraw_report_to_message (const BrExcalidrawReport *report)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  guint total = 0;

  if (report == NULL)
    return NULL;

  for (guint kind = 0; kind < BR_EXCALIDRAW_N_SKIPPED; kind++)
    if (report->skipped[kind] > 0)
      {
        g_ptr_array_add (parts, skipped_part (kind, report->skipped[kind]));
        total += report->skipped[kind];
      }
  if (parts->len == 0)
    return NULL;

  list = g_strdup (g_ptr_array_index (parts, 0));
  for (guint i = 1; i < parts->len; i++)
    {
      char *longer;

      if (i + 1 < parts->len)
        /* Translators: joins the first items of a list, "2 images, 1 frame" */
        longer = g_strdup_printf (_("%s, %s"), list, (char *) g_ptr_array_index (parts, i));
      else
        /* Translators: joins the last item of a list, "2 images and 1 frame" */
        longer = g_strdup_printf (_("%s and %s"), list, (char *) g_ptr_array_index (parts, i));
      g_free (list);
      list = longer;
    }

  /* Translators: %s is a list, "2 images and 1 frame"; the number is its total */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s could not be shown", "%s could not be shown", total),
                          list);
}

/* ---------------------------------------------------------------------- */
/* Files                                                                   */

/**
 * br_excalidraw_file_is_drawing:
 *
 * Returns: whether @file is named as an Excalidraw drawing (".excalidraw")
 */
gboolean
br_excalidraw_file_is_drawing (GFile *file)
{
  g_autofree char *name = NULL;
  gsize length, suffix = strlen (BR_EXCALIDRAW_SUFFIX);

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);
  length = name ? strlen (name) : 0;
  return length > suffix && g_ascii_strcasecmp (name + length - suffix, BR_EXCALIDRAW_SUFFIX) == 0;
}

/**
 * br_excalidraw_new_from_file:
 * @report: (out caller-allocates) (optional): what the import left out
 *
 * Imports an Excalidraw drawing. Errors are #BR_DOC_ERROR or #G_IO_ERROR,
 * and their message starts with the file's path.
 *
 * Returns: (transfer full) (nullable): a new board
 */
BrBoard *
br_excalidraw_new_from_file (GFile              *file,
                             BrExcalidrawReport *report,
                             GCancellable       *cancellable,
                             GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  BrBoard *result;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = br_file_load_limited (file, BR_BOARD_MAX_FILE_SIZE, cancellable, error);
  if (bytes == NULL)
    return NULL;

  result = br_excalidraw_parse (bytes, report, &local_error);
  if (result == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s:", name);
    }
  return result;
}

/**
 * br_excalidraw_save_to_file:
 *
 * Writes the board as an Excalidraw drawing, atomically (see
 * br_file_write_atomic()).
 */
gboolean
br_excalidraw_save_to_file (BrBoard      *board,
                            GFile        *file,
                            GCancellable *cancellable,
                            GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (BR_IS_BOARD (board), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = br_excalidraw_to_bytes (board);
  return br_file_write_atomic (file, bytes, cancellable, error);
}
