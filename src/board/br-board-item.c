/* br-board-item.c — items: names, construction, copying
 *
 * The geometry of items lives in br-board-geometry.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-board-component.h"
#include "br-board-estimate.h"
#include "br-board-item.h"

static const char * const kind_names[] = {
  [BR_ITEM_RECTANGLE] = "rectangle",
  [BR_ITEM_ROUNDED_RECTANGLE] = "rounded-rectangle",
  [BR_ITEM_ELLIPSE] = "ellipse",
  [BR_ITEM_DIAMOND] = "diamond",
  [BR_ITEM_CYLINDER] = "cylinder",
  [BR_ITEM_CLOUD] = "cloud",
  [BR_ITEM_HEXAGON] = "hexagon",
  [BR_ITEM_TEXT] = "text",
  [BR_ITEM_STENCIL] = "stencil",
  [BR_ITEM_ARROW] = "arrow",
  [BR_ITEM_STROKE] = "stroke",
  NULL
};

typedef struct {
  const char *name;
  const char *label;
  BrItemKind shape;
  guint8 fill;
} StencilInfo;

static const StencilInfo stencils[] = {
  [BR_STENCIL_CLIENT] = { "client", N_("Client"), BR_ITEM_ROUNDED_RECTANGLE, 7 },
  [BR_STENCIL_DNS] = { "dns", N_("DNS"), BR_ITEM_ROUNDED_RECTANGLE, 6 },
  [BR_STENCIL_CDN] = { "cdn", N_("CDN"), BR_ITEM_CLOUD, 6 },
  [BR_STENCIL_LOAD_BALANCER] = { "load-balancer", N_("Load balancer"), BR_ITEM_HEXAGON, 2 },
  [BR_STENCIL_API_GATEWAY] = { "api-gateway", N_("API gateway"), BR_ITEM_ROUNDED_RECTANGLE, 2 },
  [BR_STENCIL_SERVICE] = { "service", N_("Service"), BR_ITEM_RECTANGLE, 5 },
  [BR_STENCIL_WORKER] = { "worker", N_("Worker"), BR_ITEM_RECTANGLE, 5 },
  [BR_STENCIL_CACHE] = { "cache", N_("Cache"), BR_ITEM_ROUNDED_RECTANGLE, 1 },
  [BR_STENCIL_SQL_DATABASE] = { "sql-database", N_("SQL database"), BR_ITEM_CYLINDER, 4 },
  [BR_STENCIL_NOSQL_STORE] = { "nosql-store", N_("NoSQL store"), BR_ITEM_CYLINDER, 4 },
  [BR_STENCIL_MESSAGE_QUEUE] = { "message-queue", N_("Message queue"), BR_ITEM_RECTANGLE, 3 },
  [BR_STENCIL_STREAM] = { "stream", N_("Stream"), BR_ITEM_RECTANGLE, 3 },
  [BR_STENCIL_OBJECT_STORAGE] = { "object-storage", N_("Object storage"), BR_ITEM_CYLINDER, 4 },
  [BR_STENCIL_SEARCH_INDEX] = { "search-index", N_("Search index"), BR_ITEM_ROUNDED_RECTANGLE, 6 },
  [BR_STENCIL_MONITORING] = { "monitoring", N_("Monitoring"), BR_ITEM_ROUNDED_RECTANGLE, 7 },
};

static const char * const stencil_names[] = {
  "client", "dns", "cdn", "load-balancer", "api-gateway", "service", "worker",
  "cache", "sql-database", "nosql-store", "message-queue", "stream",
  "object-storage", "search-index", "monitoring", NULL
};

static const char * const stroke_width_names[] = { "thin", "medium", "bold", NULL };
static const char * const line_style_names[] = { "solid", "dashed", "dotted", NULL };
static const char * const font_size_names[] = { "small", "medium", "large", NULL };
static const char * const routing_names[] = { "straight", "elbow", NULL };
static const char * const heads_names[] = { "none", "start", "end", "both", NULL };

G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == BR_N_ITEM_KINDS + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (stencils) == BR_N_STENCILS);
G_STATIC_ASSERT (G_N_ELEMENTS (stencil_names) == BR_N_STENCILS + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (stroke_width_names) == BR_N_STROKE_WIDTHS + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (line_style_names) == BR_N_LINE_STYLES + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (font_size_names) == BR_N_FONT_SIZES + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (routing_names) == BR_N_ROUTINGS + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (heads_names) == BR_N_HEADS + 1);

const char * const *br_item_kind_names (void) { return kind_names; }
const char * const *br_stencil_names (void) { return stencil_names; }
const char * const *br_stroke_width_names (void) { return stroke_width_names; }
const char * const *br_line_style_names (void) { return line_style_names; }
const char * const *br_font_size_names (void) { return font_size_names; }
const char * const *br_routing_names (void) { return routing_names; }
const char * const *br_heads_names (void) { return heads_names; }

const char *
br_item_kind_to_string (BrItemKind kind)
{
  g_return_val_if_fail ((guint) kind < BR_N_ITEM_KINDS, NULL);
  return kind_names[kind];
}

const char *
br_stencil_to_string (BrStencil stencil)
{
  g_return_val_if_fail ((guint) stencil < BR_N_STENCILS, NULL);
  return stencils[stencil].name;
}

/**
 * br_stencil_get_default_label:
 *
 * Returns: the translated label a new stencil gets ("Load balancer")
 */
const char *
br_stencil_get_default_label (BrStencil stencil)
{
  g_return_val_if_fail ((guint) stencil < BR_N_STENCILS, NULL);
  return _(stencils[stencil].label);
}

/**
 * br_stencil_get_base_shape:
 *
 * Returns: the closed shape a stencil is drawn, hit and bound as
 */
BrItemKind
br_stencil_get_base_shape (BrStencil stencil)
{
  g_return_val_if_fail ((guint) stencil < BR_N_STENCILS, BR_ITEM_RECTANGLE);
  return stencils[stencil].shape;
}

double
br_stroke_width_to_double (BrStrokeWidth width)
{
  static const double widths[] = { 1.0, 2.0, 4.0 };

  return widths[MIN ((guint) width, BR_N_STROKE_WIDTHS - 1)];
}

double
br_font_size_to_double (BrFontSize size)
{
  static const double sizes[] = { 14.0, 20.0, 28.0 };

  return sizes[MIN ((guint) size, BR_N_FONT_SIZES - 1)];
}

/* ---------------------------------------------------------------------- */
/* Construction                                                            */

static BrItem *
item_alloc (BrItemKind kind)
{
  BrItem *item = g_new0 (BrItem, 1);

  item->kind = kind;
  item->stroke_width = BR_STROKE_MEDIUM;
  item->font_size = BR_FONT_MEDIUM;
  item->label = g_strdup ("");
  item->heads = BR_HEADS_END;
  item->index_level = -1;
  return item;
}

/**
 * br_item_new:
 * @kind: a closed shape or text (not an arrow or a stroke)
 *
 * Returns: (transfer full): a new item with no id, for br_board_add_item()
 */
BrItem *
br_item_new (BrItemKind kind,
             double     x,
             double     y,
             double     width,
             double     height)
{
  BrItem *item;
  BrRect box = { x, y, width, height };

  g_return_val_if_fail (br_item_kind_is_shape (kind) || kind == BR_ITEM_TEXT, NULL);

  item = item_alloc (kind);
  br_item_set_box (item, &box);
  return item;
}

BrItem *
br_item_new_stencil (BrStencil stencil,
                     double    x,
                     double    y,
                     double    width,
                     double    height)
{
  BrItem *item;

  g_return_val_if_fail ((guint) stencil < BR_N_STENCILS, NULL);

  item = br_item_new (BR_ITEM_STENCIL, x, y, width, height);
  item->stencil = stencil;
  item->filled = TRUE;
  item->fill_color = stencils[stencil].fill;
  br_item_set_label (item, br_stencil_get_default_label (stencil));
  return item;
}

BrItem *
br_item_new_arrow (double x1,
                   double y1,
                   double x2,
                   double y2)
{
  BrItem *item = item_alloc (BR_ITEM_ARROW);

  item->ends[0].x = br_board_clamp_coord (x1);
  item->ends[0].y = br_board_clamp_coord (y1);
  item->ends[1].x = br_board_clamp_coord (x2);
  item->ends[1].y = br_board_clamp_coord (y2);
  br_item_update_bounds (item);
  return item;
}

/* One pass of Chaikin's corner cutting; keeps both end points */
static GArray *
chaikin (const BrPoint *in,
         guint          n)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (BrPoint), 2 * n);

  g_array_append_val (out, in[0]);
  for (guint i = 0; i + 1 < n; i++)
    {
      BrPoint q = { 0.75 * in[i].x + 0.25 * in[i + 1].x, 0.75 * in[i].y + 0.25 * in[i + 1].y };
      BrPoint r = { 0.25 * in[i].x + 0.75 * in[i + 1].x, 0.25 * in[i].y + 0.75 * in[i + 1].y };

      if (i > 0)
        g_array_append_val (out, q);
      if (i + 2 < n)
        g_array_append_val (out, r);
    }
  g_array_append_val (out, in[n - 1]);
  return out;
}

/**
 * br_item_new_stroke:
 * @points: (array length=n_points): the pointer positions, at least one
 * @smoothing: passes of Chaikin smoothing (0 keeps the points as they are);
 *   passes stop before the stroke would exceed %BR_BOARD_MAX_POINTS
 *
 * Returns: (transfer full): a freehand stroke
 */
BrItem *
br_item_new_stroke (const BrPoint *points,
                    guint          n_points,
                    guint          smoothing)
{
  BrItem *item;
  g_autoptr(GArray) pts = NULL;

  g_return_val_if_fail (points != NULL && n_points > 0, NULL);

  n_points = MIN (n_points, BR_BOARD_MAX_POINTS);
  pts = g_array_sized_new (FALSE, FALSE, sizeof (BrPoint), n_points);
  for (guint i = 0; i < n_points; i++)
    {
      BrPoint p = { br_board_clamp_coord (points[i].x), br_board_clamp_coord (points[i].y) };
      g_array_append_val (pts, p);
    }

  for (guint pass = 0; pass < smoothing && pts->len > 2 && 2 * pts->len - 2 <= BR_BOARD_MAX_POINTS; pass++)
    {
      GArray *next = chaikin ((BrPoint *) (gpointer) pts->data, pts->len);

      g_array_unref (pts);
      pts = next;
    }

  item = item_alloc (BR_ITEM_STROKE);
  item->n_points = pts->len;
  item->points = (BrPoint *) (gpointer) g_array_free (g_steal_pointer (&pts), FALSE);
  br_item_update_bounds (item);
  return item;
}

/**
 * br_item_copy:
 *
 * Returns: (transfer full): a copy of the item's content (id included),
 *   not on any board
 */
BrItem *
br_item_copy (const BrItem *item)
{
  BrItem *copy;

  g_return_val_if_fail (item != NULL, NULL);

  copy = g_new (BrItem, 1);
  *copy = *item;
  copy->id = g_strdup (item->id);
  copy->label = g_strdup (item->label);
  copy->group = g_strdup (item->group);
  copy->ends[0].item_id = g_strdup (item->ends[0].item_id);
  copy->ends[1].item_id = g_strdup (item->ends[1].item_id);
  copy->points = item->n_points ? g_memdup2 (item->points, item->n_points * sizeof (BrPoint)) : NULL;
  copy->component = br_component_copy (item->component);
  copy->estimate = br_item_estimate_copy (item->estimate);
  copy->z = 0;
  copy->arrows = NULL;
  copy->index_level = -1;
  copy->index_stamp = 0;
  copy->render_cache = NULL;
  copy->render_cache_free = NULL;
  return copy;
}

void
br_item_free (BrItem *item)
{
  if (item == NULL)
    return;
  if (item->render_cache != NULL && item->render_cache_free != NULL)
    item->render_cache_free (item->render_cache);
  g_clear_pointer (&item->arrows, g_ptr_array_unref);
  g_free (item->id);
  g_free (item->label);
  g_free (item->group);
  g_free (item->ends[0].item_id);
  g_free (item->ends[1].item_id);
  g_free (item->points);
  br_component_free (item->component);
  br_item_estimate_free (item->estimate);
  g_free (item);
}

/* U+FDD0..U+FDEF and the last two code points of each plane: valid
 * UTF-8, but not characters for interchange, which cairo's PDF surface
 * refuses to write */
static inline gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/* @text with each noncharacter replaced by U+FFFD, in place when it has
 * none */
static char *
replace_noncharacters (char *text)
{
  GString *out = NULL;
  const char *run = text;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      /* Noncharacters are three or four bytes long, from 0xEF */
      if ((guchar) *p < 0xEF || !is_noncharacter (g_utf8_get_char (p)))
        continue;
      if (out == NULL)
        out = g_string_new (NULL);
      g_string_append_len (out, run, p - run);
      g_string_append_unichar (out, 0xFFFD);
      run = g_utf8_next_char (p);
    }
  if (out == NULL)
    return text;
  g_string_append (out, run);
  g_free (text);
  return g_string_free (out, FALSE);
}

/**
 * br_item_set_label:
 * @label: (nullable): UTF-8 text; invalid bytes and noncharacters
 *   (U+FDD0..U+FDEF, U+FFFE, U+FFFF and their like in every plane) are
 *   replaced by U+FFFD, so that every export can draw the label, and the
 *   text is cut at %BR_BOARD_MAX_LABEL characters
 */
void
br_item_set_label (BrItem     *item,
                   const char *label)
{
  char *copy = replace_noncharacters (g_utf8_make_valid (label ? label : "", -1));

  if (g_utf8_strlen (copy, -1) > BR_BOARD_MAX_LABEL)
    *g_utf8_offset_to_pointer (copy, BR_BOARD_MAX_LABEL) = '\0';
  g_free (item->label);
  item->label = copy;
}

/**
 * br_item_bind_end:
 * @item_id: (nullable): the item to bind to, or %NULL to make the end free
 *
 * Binds an end of an arrow that is not on a board yet. The board checks the
 * binding when the arrow is added (an end bound to nothing it has becomes
 * free).
 */
void
br_item_bind_end (BrItem      *arrow,
                  BrArrowSide  side,
                  const char  *item_id)
{
  char *copy;

  g_return_if_fail (arrow->kind == BR_ITEM_ARROW);
  g_return_if_fail (side == BR_END_START || side == BR_END_END);

  copy = g_strdup (item_id);
  g_free (arrow->ends[side].item_id);
  arrow->ends[side].item_id = copy;
}
