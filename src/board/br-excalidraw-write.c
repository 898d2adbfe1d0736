/* br-excalidraw-write.c — writing a board as an Excalidraw drawing
 *
 * Every element gets the fields Excalidraw's own files have (see its
 * packages/element/src/types.ts): id, type, x, y, width, height, angle,
 * colours, fill and stroke styles, roughness, opacity, groupIds, frameId,
 * roundness, seed, version, versionNonce, isDeleted, boundElements,
 * updated, link, locked; texts and lines theirs. The output is the same
 * bytes for the same board: element ids come from item ids, seeds from a
 * hash of them, and there is no time stamp.
 *
 * How items map:
 *  - rectangles, rounded rectangles (with "roundness"), ellipses, diamonds
 *    and text are the elements of the same name; a label is a text element
 *    bound to its shape or arrow ("containerId", listed in the container's
 *    "boundElements"), and a bound arrow is listed there too;
 *  - shapes Excalidraw lacks (cylinder, cloud, hexagon) are drawn with
 *    primitives grouped together: a closed line tracing the outline (and
 *    for a cylinder an ellipse for its top), under an invisible rectangle
 *    over the whole box that holds the label and the arrow bindings;
 *  - a stencil is its base shape, with a small caption naming the kind of
 *    component when its label says something else;
 *  - arrows are arrows (an elbow arrow a polyline along its route), strokes
 *    freehand drawings; each item's group is the outermost group.
 *
 * Each primary element says in customData.barRaiser which item it stands
 * for ({"kind": "cylinder"}, {"kind": "stencil", "stencil": "cache"},
 * {"kind": "arrow", "routing": "elbow"}, {"kind": "text", "height": N}, and
 * "group", the compound's own group), and each part which element it is a
 * part of ({"partOf": ID}, and "outline": true on the part that carries the
 * item's colours), and the design review's properties the user set
 * ("component" on a box, "flow" on an arrow, as in a .brboard) and an
 * estimate note's inputs ("estimate"), so that br_excalidraw_parse() reads our own drawings
 * back to the same items. Excalidraw keeps customData as it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <math.h>
#include <string.h>

#include "br-board-component-json.h"
#include "br-board-estimate.h"
#include "br-excalidraw-private.h"
#include "br-json-write.h"

#define SOURCE "https://github.com/barraiser/bar-raiser"
#define ARROW_LABEL_WIDTH 200.0

/* The label of @item, bound to @container_id, in @box */
static void
write_label (ExWriter       *w,
             const BrItem   *item,
             const ExCommon *container,
             const BrRect   *box,
             double          wrap_width,
             gboolean        bottom)
{
  ExCommon c = *container;
  g_autofree char *id = g_strconcat (item->id, "~label", NULL);
  char stroke[8];

  /* In the item's colour: a compound's container is invisible */
  _br_excalidraw_format_color (item->stroke_color, FALSE, stroke);
  c.stroke = stroke;
  c.id = id;
  c.label_id = NULL;
  c.arrows = NULL;
  c.background = "transparent";
  c.line_style = BR_LINE_SOLID;
  _br_excalidraw_write_text (w, &c, item->label, item->font_size, box, wrap_width, bottom, container->id, NULL);
}

/* ---------------------------------------------------------------------- */
/* Items                                                                   */

static void
fill_common (ExWriter     *w,
             const BrItem *item,
             ExCommon     *c,
             char          stroke[8],
             char          fill[8])
{
  _br_excalidraw_format_color (item->stroke_color, FALSE, stroke);
  _br_excalidraw_format_color (item->fill_color, TRUE, fill);
  memset (c, 0, sizeof *c);
  c->id = item->id;
  c->x = item->x;
  c->y = item->y;
  c->width = item->width;
  c->height = item->height;
  c->stroke = stroke;
  c->background = item->filled ? fill : "transparent";
  c->stroke_width = item->stroke_width;
  c->line_style = item->line_style;
  c->groups[0] = item->group;
  c->arrows = g_hash_table_lookup (w->arrows, item->id);
  c->locked = item->locked;
}

/* Samples a cubic Bézier curve from @p0 (not included) */
static void
add_curve (GArray        *points,
           const BrPoint *p0,
           const BrPoint *p1,
           const BrPoint *p2,
           const BrPoint *p3)
{
  for (guint i = 1; i <= 8; i++)
    {
      double t = i / 8.0, u = 1 - t;
      BrPoint p = {
        u * u * u * p0->x + 3 * u * u * t * p1->x + 3 * u * t * t * p2->x + t * t * t * p3->x,
        u * u * u * p0->y + 3 * u * u * t * p1->y + 3 * u * t * t * p2->y + t * t * t * p3->y,
      };
      g_array_append_val (points, p);
    }
}

static void
add_arc (GArray *points,
         double  cx,
         double  cy,
         double  rx,
         double  ry,
         double  a1,
         double  a2)
{
  for (guint i = 0; i <= 16; i++)
    {
      double a = a1 + (a2 - a1) * i / 16;
      BrPoint p = { cx + rx * cos (a), cy + ry * sin (a) };

      g_array_append_val (points, p);
    }
}

/* The outline of a shape Excalidraw lacks, as the renderer traces it
 * (br-board-render.c), closed */
static GArray *
outline_of (BrItemKind kind,
            double     x,
            double     y,
            double     w,
            double     h)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (BrPoint));
  BrPoint first;

  if (kind == BR_ITEM_HEXAGON)
    {
      double inset = MIN (w / 4, h / 2);
      BrPoint hex[] = {
        { x + inset, y }, { x + w - inset, y }, { x + w, y + h / 2 },
        { x + w - inset, y + h }, { x + inset, y + h }, { x, y + h / 2 },
      };

      g_array_append_vals (points, hex, G_N_ELEMENTS (hex));
    }
  else if (kind == BR_ITEM_CYLINDER)
    {
      double cap = MIN (h * 0.3, w * 0.5);

      add_arc (points, x + w / 2, y + h - cap / 2, w / 2, cap / 2, G_PI, 0);
      add_arc (points, x + w / 2, y + cap / 2, w / 2, cap / 2, 0, -G_PI);
    }
  else
    {
      /* The cloud's four curves */
      static const double c[] = {
        0.25, 0.88,
        0.04, 0.88, -0.02, 0.55, 0.17, 0.50,
        0.10, 0.24, 0.38, 0.10, 0.50, 0.27,
        0.58, 0.03, 0.92, 0.08, 0.86, 0.38,
        1.04, 0.42, 1.04, 0.86, 0.80, 0.88,
      };
      BrPoint p0 = { x + c[0] * w, y + c[1] * h };

      g_array_append_val (points, p0);
      for (guint i = 2; i + 5 < G_N_ELEMENTS (c); i += 6)
        {
          BrPoint from = g_array_index (points, BrPoint, points->len - 1);
          BrPoint p1 = { x + c[i] * w, y + c[i + 1] * h };
          BrPoint p2 = { x + c[i + 2] * w, y + c[i + 3] * h };
          BrPoint p3 = { x + c[i + 4] * w, y + c[i + 5] * h };

          add_curve (points, &from, &p1, &p2, &p3);
        }
    }

  first = g_array_index (points, BrPoint, 0);
  g_array_append_val (points, first);
  return points;
}

/* {"partOf": ID} */
static char *
part_of (const BrItem *item,
         gboolean      outline)
{
  GString *out = g_string_new ("\"partOf\": ");

  br_json_write_string (out, item->id);
  if (outline)
    g_string_append (out, ", \"outline\": true");
  return g_string_free (out, FALSE);
}

static void
write_compound_parts (ExWriter       *w,
                      const BrItem   *item,
                      const ExCommon *c,
                      BrItemKind      kind,
                      double          cap)
{
  g_autoptr(GArray) outline = outline_of (kind, item->x, item->y, item->width, item->height);
  g_autofree char *outline_id = g_strconcat (item->id, "~outline", NULL);
  g_autofree char *outline_custom = part_of (item, TRUE);
  ExCommon part = *c;

  part.id = outline_id;
  part.label_id = NULL;
  part.arrows = NULL;
  _br_excalidraw_write_line (w, &part, (BrPoint *) (gpointer) outline->data, outline->len, TRUE, outline_custom);

  if (kind == BR_ITEM_CYLINDER)
    {
      g_autofree char *cap_id = g_strconcat (item->id, "~cap", NULL);
      g_autofree char *cap_custom = part_of (item, FALSE);

      part.id = cap_id;
      part.type = "ellipse";
      part.height = cap;
      _br_excalidraw_begin_element (w, &part);
      _br_excalidraw_add_custom (w, cap_custom);
      _br_excalidraw_end_element (w);
    }
}

/* An estimate note's inputs, as in a .brboard */
static void
add_estimate (GString      *custom,
              const BrItem *item)
{
  g_string_append (custom, ", ");
  br_json_write_string (custom, BR_ITEM_ESTIMATE_MEMBER);
  g_string_append (custom, ": ");
  br_item_estimate_write_json (custom, item->estimate);
}

/* The design review's properties, as in a .brboard */
static void
add_component (GString      *custom,
               const BrItem *item)
{
  g_string_append (custom, ", ");
  br_json_write_string (custom, br_component_member_for (item));
  g_string_append (custom, ": ");
  br_component_write_json (custom, item->component);
}

static void
write_shape (ExWriter     *w,
             const BrItem *item)
{
  BrItemKind kind = item->kind == BR_ITEM_STENCIL ? br_stencil_get_base_shape (item->stencil) : item->kind;
  gboolean compound = kind == BR_ITEM_CYLINDER || kind == BR_ITEM_CLOUD || kind == BR_ITEM_HEXAGON;
  gboolean caption = item->kind == BR_ITEM_STENCIL &&
                     g_strcmp0 (item->label, br_stencil_get_default_label (item->stencil)) != 0;
  g_autofree char *label_id = g_strconcat (item->id, "~label", NULL);
  g_autofree char *group = g_strconcat (item->id, "~group", NULL);
  g_autoptr(GString) custom = g_string_new ("\"kind\": ");
  double cap = kind == BR_ITEM_CYLINDER ? MIN (item->height * 0.3, item->width * 0.5) : 0;
  BrRect box = { item->x, item->y, item->width, item->height };
  char stroke[8], fill[8];
  ExCommon c, primary;

  fill_common (w, item, &c, stroke, fill);
  if (item->label[0] != '\0')
    c.label_id = label_id;
  br_json_write_string (custom, br_item_kind_to_string (item->kind));
  if (item->kind == BR_ITEM_STENCIL)
    {
      g_string_append (custom, ", \"stencil\": ");
      br_json_write_string (custom, br_stencil_to_string (item->stencil));
    }
  if (compound || caption)
    {
      /* The parts are a group of their own, inside the item's */
      c.groups[1] = c.groups[0];
      c.groups[0] = group;
      g_string_append (custom, ", \"group\": ");
      br_json_write_string (custom, group);
    }

  primary = c;
  if (compound)
    {
      write_compound_parts (w, item, &c, kind, cap);
      primary.stroke = "transparent";
      primary.background = "transparent";
      primary.type = "rectangle";
    }
  else
    {
      primary.type = kind == BR_ITEM_ELLIPSE ? "ellipse" : kind == BR_ITEM_DIAMOND ? "diamond" : "rectangle";
      primary.rounded = kind == BR_ITEM_ROUNDED_RECTANGLE;
    }
  if (item->component != NULL)
    add_component (custom, item);
  if (item->estimate != NULL)
    add_estimate (custom, item);
  _br_excalidraw_begin_element (w, &primary);
  if (item->kind != kind || compound || item->component != NULL || item->estimate != NULL)
    _br_excalidraw_add_custom (w, custom->str);
  _br_excalidraw_end_element (w);

  if (caption)
    {
      g_autofree char *caption_id = g_strconcat (item->id, "~caption", NULL);
      g_autofree char *caption_custom = part_of (item, FALSE);
      double size = br_font_size_to_double (BR_FONT_SMALL);
      /* Over the label, or in the middle when there is none */
      BrRect caption_box = { box.x, box.y + cap + 4, box.width, size * EXCALIDRAW_LINE_HEIGHT };
      ExCommon text = c;

      if (c.label_id == NULL)
        {
          caption_box.y = box.y + cap;
          caption_box.height = box.height - cap;
        }
      text.id = caption_id;
      text.label_id = NULL;
      text.arrows = NULL;
      text.background = "transparent";
      text.line_style = BR_LINE_SOLID;
      _br_excalidraw_write_text (w, &text, br_stencil_get_default_label (item->stencil), BR_FONT_SMALL,
                                 &caption_box, box.width - 2 * EXCALIDRAW_TEXT_PADDING, FALSE, NULL,
                                 caption_custom);
    }

  if (c.label_id != NULL)
    {
      double inner = kind == BR_ITEM_ELLIPSE ? box.width * M_SQRT1_2 :
                     kind == BR_ITEM_DIAMOND ? box.width / 2 :
                     compound ? box.width * 0.7 : box.width;

      if (kind == BR_ITEM_CYLINDER)
        {
          box.y += cap;
          box.height -= cap;
        }
      write_label (w, item, &primary, &box, inner - 2 * EXCALIDRAW_TEXT_PADDING, caption);
    }
}

static void
write_text_item (ExWriter     *w,
                 const BrItem *item)
{
  g_autoptr(GString) custom = g_string_new ("\"kind\": \"text\", \"height\": ");
  BrRect box = { item->x, item->y, item->width, item->height };
  char stroke[8], fill[8];
  ExCommon c;

  fill_common (w, item, &c, stroke, fill);
  br_json_write_double (custom, item->height);
  if (item->estimate != NULL)
    add_estimate (custom, item);
  _br_excalidraw_write_text (w, &c, item->label, item->font_size, &box, box.width - 8, FALSE, NULL, custom->str);
}

static void
add_binding (GString          *out,
             const char       *member,
             const BrArrowEnd *end)
{
  _br_excalidraw_put_member (out, member);
  if (end->item_id == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  /* Both forms at once: Excalidraw before 2025 reads focus and gap, later
   * ones fixedPoint and mode; the middle of the item, as on the board */
  g_string_append (out, "{\"elementId\": ");
  br_json_write_string (out, end->item_id);
  g_string_append (out, ", \"focus\": 0, \"gap\": 1, \"fixedPoint\": [0.5, 0.5], \"mode\": \"orbit\"}");
}

static void
write_arrow (ExWriter     *w,
             const BrItem *item)
{
  g_autofree char *label_id = g_strconcat (item->id, "~label", NULL);
  BrPoint path[4];
  guint n = br_item_get_path (item, path), mid = (n - 1) / 2;
  char stroke[8], fill[8];
  double x0 = path[0].x, y0 = path[0].y, x1 = x0, y1 = y0;
  ExCommon c;

  for (guint i = 1; i < n; i++)
    {
      x0 = MIN (x0, path[i].x);
      y0 = MIN (y0, path[i].y);
      x1 = MAX (x1, path[i].x);
      y1 = MAX (y1, path[i].y);
    }
  fill_common (w, item, &c, stroke, fill);
  c.type = "arrow";
  c.x = path[0].x;
  c.y = path[0].y;
  c.width = x1 - x0;
  c.height = y1 - y0;
  c.background = "transparent";
  if (item->label[0] != '\0')
    c.label_id = label_id;

  _br_excalidraw_begin_element (w, &c);
  _br_excalidraw_add_points (w->out, "points", path, n, c.x, c.y, FALSE);
  _br_excalidraw_add_raw (w->out, "lastCommittedPoint", "null");
  add_binding (w->out, "startBinding", &item->ends[0]);
  add_binding (w->out, "endBinding", &item->ends[1]);
  _br_excalidraw_add_raw (w->out, "startArrowhead",
           item->heads == BR_HEADS_START || item->heads == BR_HEADS_BOTH ? "\"arrow\"" : "null");
  _br_excalidraw_add_raw (w->out, "endArrowhead",
           item->heads == BR_HEADS_END || item->heads == BR_HEADS_BOTH ? "\"arrow\"" : "null");
  _br_excalidraw_add_raw (w->out, "elbowed", "false");
  if (item->routing == BR_ROUTING_ELBOW || item->component != NULL)
    {
      g_autoptr(GString) custom = g_string_new ("\"kind\": \"arrow\"");

      if (item->routing == BR_ROUTING_ELBOW)
        g_string_append (custom, ", \"routing\": \"elbow\"");
      if (item->component != NULL)
        add_component (custom, item);
      _br_excalidraw_add_custom (w, custom->str);
    }
  _br_excalidraw_end_element (w);

  if (c.label_id != NULL)
    {
      double cx = (path[mid].x + path[mid + 1].x) / 2, cy = (path[mid].y + path[mid + 1].y) / 2;
      BrRect box = { cx - ARROW_LABEL_WIDTH / 2, cy - 20, ARROW_LABEL_WIDTH, 40 };

      write_label (w, item, &c, &box, ARROW_LABEL_WIDTH - 2 * EXCALIDRAW_TEXT_PADDING, FALSE);
    }
}

static void
write_stroke (ExWriter     *w,
              const BrItem *item)
{
  char stroke[8], fill[8];
  ExCommon c;

  fill_common (w, item, &c, stroke, fill);
  c.type = "freedraw";
  c.x = item->points[0].x;
  c.y = item->points[0].y;
  c.background = "transparent";
  c.label_id = NULL;
  _br_excalidraw_begin_element (w, &c);
  _br_excalidraw_add_points (w->out, "points", item->points, item->n_points, c.x, c.y, FALSE);
  g_string_append (w->out, ", \"pressures\": [], \"simulatePressure\": true, \"lastCommittedPoint\": null");
  _br_excalidraw_end_element (w);
}

/* Which arrows are bound to each item, for its "boundElements" */
static GHashTable *
collect_arrows (BrBoard *board)
{
  GHashTable *arrows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < br_board_get_n_items (board); i++)
    {
      const BrItem *item = br_board_get_item (board, i);

      for (guint side = 0; side < 2 && item->kind == BR_ITEM_ARROW; side++)
        {
          const char *target = item->ends[side].item_id;
          GPtrArray *list;

          if (target == NULL || (side == 1 && g_strcmp0 (target, item->ends[0].item_id) == 0))
            continue;
          list = g_hash_table_lookup (arrows, target);
          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (arrows, (gpointer) target, list);
            }
          g_ptr_array_add (list, item->id);
        }
    }
  return arrows;
}

/**
 * br_excalidraw_to_bytes:
 *
 * Writes @board as an Excalidraw drawing (see the top of this file for how
 * items become elements) that excalidraw.com opens with its shapes, labels
 * and bound arrows, and that br_excalidraw_parse() reads back to the same
 * items.
 *
 * Returns: (transfer full): the drawing, the same bytes for the same board
 */
GBytes *
br_excalidraw_to_bytes (BrBoard *board)
{
  ExWriter w = { 0 };
  guint n;

  g_return_val_if_fail (BR_IS_BOARD (board), NULL);

  n = br_board_get_n_items (board);
  w.out = g_string_sized_new (512 + (gsize) n * 900);
  w.arrows = collect_arrows (board);

  g_string_append (w.out, "{\n  \"type\": \"" EXCALIDRAW_FILE_TYPE "\",\n");
  g_string_append_printf (w.out, "  \"version\": %d,\n  \"source\": \"" SOURCE "\",\n  \"elements\": [",
                          EXCALIDRAW_VERSION);
  for (guint i = 0; i < n; i++)
    {
      const BrItem *item = br_board_get_item (board, i);

      switch (item->kind)
        {
        case BR_ITEM_ARROW:
          write_arrow (&w, item);
          break;
        case BR_ITEM_STROKE:
          write_stroke (&w, item);
          break;
        case BR_ITEM_TEXT:
          write_text_item (&w, item);
          break;
        default:
          write_shape (&w, item);
          break;
        }
    }
  g_string_append (w.out, w.n_elements > 0 ? "\n  ],\n" : "],\n");
  g_string_append (w.out, "  \"appState\": {\"gridSize\": null, \"viewBackgroundColor\": \"#ffffff\"},\n");
  g_string_append (w.out, "  \"files\": {}\n}\n");

  g_hash_table_unref (w.arrows);
  return g_string_free_to_bytes (w.out);
}
