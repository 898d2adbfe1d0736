/* br-excalidraw-elements.c — writing Excalidraw elements as JSON
 *
 * The writer is hand-made, like the .brboard one: json-glib 1.6's generator
 * writes some doubles as invalid JSON ("1e-13.0"). Every element gets the
 * members Excalidraw's own files have (packages/element/src/types.ts).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <math.h>
#include <string.h>

#include "br-excalidraw-private.h"
#include "br-json-write.h"

#define CHAR_WIDTH 0.55       /* of the font size: Helvetica's average */
#define ROUNDNESS_ADAPTIVE 3

/* ---------------------------------------------------------------------- */
/* JSON                                                                    */

void
_br_excalidraw_put_member (GString    *out,
                           const char *member)
{
  g_string_append (out, ", ");
  br_json_write_string (out, member);
  g_string_append (out, ": ");
}

void
_br_excalidraw_add_string (GString    *out,
                           const char *member,
                           const char *value)
{
  _br_excalidraw_put_member (out, member);
  if (value != NULL)
    br_json_write_string (out, value);
  else
    g_string_append (out, "null");
}

void
_br_excalidraw_add_double (GString    *out,
                           const char *member,
                           double      value)
{
  _br_excalidraw_put_member (out, member);
  br_json_write_double (out, value);
}

void
_br_excalidraw_add_raw (GString    *out,
                        const char *member,
                        const char *json)
{
  _br_excalidraw_put_member (out, member);
  g_string_append (out, json);
}

/* FNV-1a: Excalidraw wants a seed per element; ours depend on the id only */
static guint32
hash_id (const char *id,
         guint32     salt)
{
  guint32 h = 2166136261u ^ salt;

  for (const char *p = id; *p; p++)
    h = (h ^ (guchar) *p) * 16777619u;
  return h % 2147483646u + 1;
}

/* ---------------------------------------------------------------------- */
/* Elements                                                                */

void
_br_excalidraw_begin_element (ExWriter       *w,
                              const ExCommon *c)
{
  GString *out = w->out;
  static const char * const styles[] = { "solid", "dashed", "dotted" };
  guint n_groups = 0;

  g_string_append (out, w->n_elements++ > 0 ? ",\n    {" : "\n    {");
  g_string_append (out, "\"id\": ");
  br_json_write_string (out, c->id);
  _br_excalidraw_add_string (out, "type", c->type);
  _br_excalidraw_add_double (out, "x", c->x);
  _br_excalidraw_add_double (out, "y", c->y);
  _br_excalidraw_add_double (out, "width", c->width);
  _br_excalidraw_add_double (out, "height", c->height);
  _br_excalidraw_add_double (out, "angle", 0);
  _br_excalidraw_add_string (out, "strokeColor", c->stroke);
  _br_excalidraw_add_string (out, "backgroundColor", c->background);
  _br_excalidraw_add_string (out, "fillStyle", "solid");
  _br_excalidraw_add_double (out, "strokeWidth", br_stroke_width_to_double (c->stroke_width));
  _br_excalidraw_add_string (out, "strokeStyle", styles[MIN ((guint) c->line_style, G_N_ELEMENTS (styles) - 1)]);
  _br_excalidraw_add_double (out, "roughness", 0);
  _br_excalidraw_add_double (out, "opacity", 100);

  _br_excalidraw_put_member (out, "groupIds");
  g_string_append_c (out, '[');
  for (guint i = 0; i < G_N_ELEMENTS (c->groups); i++)
    if (c->groups[i] != NULL)
      {
        if (n_groups++ > 0)
          g_string_append (out, ", ");
        br_json_write_string (out, c->groups[i]);
      }
  g_string_append_c (out, ']');

  _br_excalidraw_add_raw (out, "frameId", "null");
  if (c->rounded)
    g_string_append_printf (out, ", \"roundness\": {\"type\": %d}", ROUNDNESS_ADAPTIVE);
  else
    _br_excalidraw_add_raw (out, "roundness", "null");
  g_string_append_printf (out, ", \"seed\": %u, \"version\": 1, \"versionNonce\": %u, \"isDeleted\": false",
                          hash_id (c->id, 0), hash_id (c->id, 1));

  _br_excalidraw_put_member (out, "boundElements");
  if (c->label_id == NULL && (c->arrows == NULL || c->arrows->len == 0))
    g_string_append (out, "null");
  else
    {
      guint n = 0;

      g_string_append_c (out, '[');
      for (guint i = 0; c->arrows != NULL && i < c->arrows->len; i++, n++)
        {
          g_string_append (out, n > 0 ? ", {\"id\": " : "{\"id\": ");
          br_json_write_string (out, g_ptr_array_index (c->arrows, i));
          g_string_append (out, ", \"type\": \"arrow\"}");
        }
      if (c->label_id != NULL)
        {
          g_string_append (out, n > 0 ? ", {\"id\": " : "{\"id\": ");
          br_json_write_string (out, c->label_id);
          g_string_append (out, ", \"type\": \"text\"}");
        }
      g_string_append_c (out, ']');
    }

  g_string_append (out, ", \"updated\": 1, \"link\": null");
  _br_excalidraw_add_raw (out, "locked", c->locked ? "true" : "false");
}

void
_br_excalidraw_end_element (ExWriter *w)
{
  g_string_append_c (w->out, '}');
}

/* {"barRaiser": {...}} with @members already written as JSON members */
void
_br_excalidraw_add_custom (ExWriter   *w,
                           const char *members)
{
  _br_excalidraw_put_member (w->out, "customData");
  g_string_append_printf (w->out, "{\"" EXCALIDRAW_CUSTOM_KEY "\": {%s}}", members);
}

/* @points relative to (@x, @y), rounded to a thousandth when @tidy */
void
_br_excalidraw_add_points (GString       *out,
                           const char    *member,
                           const BrPoint *points,
                           guint          n,
                           double         x,
                           double         y,
                           gboolean       tidy)
{
  _br_excalidraw_put_member (out, member);
  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      double px = points[i].x - x, py = points[i].y - y;

      if (tidy)
        {
          px = round (px * 1000) / 1000;
          py = round (py * 1000) / 1000;
        }
      g_string_append (out, i > 0 ? ", [" : "[");
      br_json_write_double (out, px);
      g_string_append (out, ", ");
      br_json_write_double (out, py);
      g_string_append_c (out, ']');
    }
  g_string_append_c (out, ']');
}

/* ---------------------------------------------------------------------- */
/* Text                                                                    */

/* Breaks @text into lines no wider than @width at @size, the way a label
 * wraps, with Helvetica's average character width for a measure */
static char *
wrap_text (const char *text,
           double      size,
           double      width,
           guint      *n_lines,
           double     *max_width)
{
  guint per_line = (guint) MAX (1.0, floor (width / (size * CHAR_WIDTH)));
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);
  guint longest = 0;

  *n_lines = 0;
  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      const char *rest = paragraphs[p];

      do
        {
          const char *end = rest, *space = NULL;
          guint n = 0;

          while (*end != '\0' && n < per_line)
            {
              if (*end == ' ')
                space = end;
              end = g_utf8_next_char (end);
              n++;
            }
          /* Break at the last space that fits, when the line is full and
           * that space is not where it starts (a long word is cut) */
          if (*end != '\0' && *end != ' ' && space != NULL && space > rest)
            {
              n = g_utf8_pointer_to_offset (rest, space);
              end = space;
            }
          if (*n_lines > 0)
            g_string_append_c (out, '\n');
          g_string_append_len (out, rest, end - rest);
          longest = MAX (longest, n);
          (*n_lines)++;
          rest = end;
          while (*rest == ' ' && rest != paragraphs[p])
            rest++;
        }
      while (*rest != '\0');
    }
  *max_width = longest * size * CHAR_WIDTH;
  return g_string_free (out, FALSE);
}

/* A text element; free when @container is NULL. @box is where the text
 * is centred (vertically at the bottom when @bottom), @wrap_width the
 * width its lines wrap at. */
void
_br_excalidraw_write_text (ExWriter       *w,
                           const ExCommon *base,
                           const char     *text,
                           BrFontSize      font,
                           const BrRect   *box,
                           double          wrap_width,
                           gboolean        bottom,
                           const char     *container,
                           const char     *custom)
{
  ExCommon c = *base;
  double size = br_font_size_to_double (font), width;
  guint n_lines;
  g_autofree char *wrapped = wrap_text (text, size, MAX (wrap_width, size), &n_lines, &width);

  c.type = "text";
  c.rounded = FALSE;
  c.width = container != NULL ? width : box->width;
  c.height = n_lines * size * EXCALIDRAW_LINE_HEIGHT;
  c.x = box->x + (box->width - c.width) / 2;
  c.y = bottom ? box->y + box->height - EXCALIDRAW_TEXT_PADDING - c.height
               : box->y + (box->height - c.height) / 2;
  _br_excalidraw_begin_element (w, &c);
  _br_excalidraw_add_string (w->out, "text", wrapped);
  _br_excalidraw_add_string (w->out, "originalText", text);
  _br_excalidraw_add_double (w->out, "fontSize", size);
  g_string_append_printf (w->out, ", \"fontFamily\": %d", EXCALIDRAW_FONT_HELVETICA);
  _br_excalidraw_add_string (w->out, "textAlign", "center");
  _br_excalidraw_add_string (w->out, "verticalAlign", bottom ? "bottom" : "middle");
  _br_excalidraw_add_string (w->out, "containerId", container);
  _br_excalidraw_add_double (w->out, "lineHeight", EXCALIDRAW_LINE_HEIGHT);
  _br_excalidraw_add_raw (w->out, "autoResize", container != NULL ? "true" : "false");
  if (custom != NULL)
    _br_excalidraw_add_custom (w, custom);
  _br_excalidraw_end_element (w);
}


void
_br_excalidraw_write_line (ExWriter       *w,
                           const ExCommon *base,
                           const BrPoint  *points,
                           guint           n,
                           gboolean        polygon,
                           const char     *custom)
{
  ExCommon c = *base;
  double x0 = points[0].x, y0 = points[0].y, x1 = x0, y1 = y0;

  for (guint i = 1; i < n; i++)
    {
      x0 = MIN (x0, points[i].x);
      y0 = MIN (y0, points[i].y);
      x1 = MAX (x1, points[i].x);
      y1 = MAX (y1, points[i].y);
    }
  c.type = "line";
  c.x = points[0].x;
  c.y = points[0].y;
  c.width = x1 - x0;
  c.height = y1 - y0;
  _br_excalidraw_begin_element (w, &c);
  _br_excalidraw_add_points (w->out, "points", points, n, c.x, c.y, TRUE);
  g_string_append (w->out, ", \"lastCommittedPoint\": null, \"startBinding\": null, \"endBinding\": null");
  g_string_append (w->out, ", \"startArrowhead\": null, \"endArrowhead\": null");
  _br_excalidraw_add_raw (w->out, "polygon", polygon ? "true" : "false");
  if (custom != NULL)
    _br_excalidraw_add_custom (w, custom);
  _br_excalidraw_end_element (w);
}
