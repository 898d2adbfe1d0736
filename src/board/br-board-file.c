/* br-board-file.c — reading and writing .brboard files
 *
 * {
 *   "format": "bar-raiser-board",
 *   "version": 2,
 *   "items": [ ITEM... ],              bottom first
 *   "view": { "x": N, "y": N, "zoom": N }    optional
 *   "targets": { "p99_ms": N, "availability": N }   optional (version 2)
 *   an item's "estimate": { "dau": "100M", ... }    optional (version 3)
 * }
 *
 * ITEM has "id" (1-64 of A-Z a-z 0-9 - _) and "kind", then by kind:
 *  - closed shapes and text: "x", "y", "width", "height"
 *    (|x|, |y| <= 1e7; 0 <= size <= 1e6), a stencil also "stencil";
 *  - arrows: "start" and "end", each {"x": N, "y": N} (free) or
 *    {"item": ID} (bound to a closed shape or text, not to itself), and
 *    optional "routing" and "heads";
 *  - strokes: "points", a flat list x0, y0, x1, y1... of 1-10000 points;
 * and optional style members: "stroke" and "fill" (palette indices 0-7),
 * "filled", "stroke_width", "line_style", "font_size", "label" (at most
 * BR_BOARD_MAX_LABEL characters), "group", "locked". Version 2 adds the
 * design review's properties the user set: "component" on closed shapes
 * and stencils, "flow" on arrows (see br-board-component-json.c), and the
 * board's "targets". Version 3 adds estimate notes: "estimate" on a box,
 * the estimator's inputs as typed (see br-board-estimate.c). Anything else
 * is refused, and so is a value outside its range.
 *
 * A board is written as the oldest version that holds what it has: one
 * with none of version 2's members as version 1, one without estimate
 * notes as at most version 2, so that an older Bar Raiser still opens
 * it; a version newer than this one reads is refused with a message that
 * says so.
 *
 * Saving writes members in a fixed order, and doubles with 17 significant
 * digits, so that load -> save gives the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-board-component-json.h"
#include "br-board-estimate.h"
#include "br-board-file.h"
#include "br-board-file-private.h"
#include "br-board-private.h"
#include "br-file-util.h"
#include "br-json-reader.h"
#include "br-json-write.h"

/* ---------------------------------------------------------------------- */
/* Reading                                                                 */

/* The budget of each parse (see br_json_parse_full()): the document
 * without its items, which may list BR_BOARD_MAX_ITEMS of them, then each
 * item, which holds at most a stroke's 2 × BR_BOARD_MAX_POINTS numbers. A
 * board nests four deep (root, items, an item, an arrow's end). Within
 * these a parse builds at most 32 MB of tree, whatever the file holds. */
static const BrJsonLimits board_limits = {
  .max_length = BR_BOARD_MAX_FILE_SIZE,
  .max_depth = 16,
  .max_values = BR_BOARD_MAX_ITEMS + 1000,
  .max_memory = 32 * 1024 * 1024,
};

static gboolean
read_optional_choice (BrJsonReader       *reader,
                      JsonObject         *object,
                      const char         *member,
                      const char * const *choices,
                      guint              *out,
                      GError            **error)
{
  if (!json_object_has_member (object, member))
    return TRUE;
  return br_json_reader_get_choice (reader, object, member, choices, out, error);
}

static gboolean
read_id (BrJsonReader *reader,
         JsonObject   *object,
         const char   *member,
         BrJsonFlags   flags,
         const char  **out,
         GError      **error)
{
  if (!br_json_reader_get_string (reader, object, member, flags, out, error))
    return FALSE;
  if (*out != NULL && !br_id_is_name (*out))
    return br_json_reader_fail_member (reader, error, member, BR_DOC_ERROR_INVALID_ID,
                                       _("“%s” is not a valid id: use 1 to %d letters, digits, hyphens and underscores"),
                                       *out, BR_BOARD_MAX_ID_LENGTH);
  return TRUE;
}

static gboolean
read_style (BrJsonReader *reader,
            JsonObject   *object,
            BrItem       *item,
            GError      **error)
{
  gint64 stroke = item->stroke_color, fill = item->fill_color;
  guint width = item->stroke_width, style = item->line_style, font = item->font_size;
  const char *label = NULL, *group = NULL;

  if (!br_json_reader_get_int (reader, object, "stroke", BR_JSON_OPTIONAL, 0, BR_PALETTE_SIZE - 1, &stroke, error) ||
      !br_json_reader_get_int (reader, object, "fill", BR_JSON_OPTIONAL, 0, BR_PALETTE_SIZE - 1, &fill, error) ||
      !br_json_reader_get_boolean (reader, object, "filled", BR_JSON_OPTIONAL, &item->filled, error) ||
      !read_optional_choice (reader, object, "stroke_width", br_stroke_width_names (), &width, error) ||
      !read_optional_choice (reader, object, "line_style", br_line_style_names (), &style, error) ||
      !read_optional_choice (reader, object, "font_size", br_font_size_names (), &font, error) ||
      !br_json_reader_get_string (reader, object, "label", BR_JSON_OPTIONAL | BR_JSON_ALLOW_EMPTY, &label, error) ||
      !read_id (reader, object, "group", BR_JSON_OPTIONAL, &group, error) ||
      !br_json_reader_get_boolean (reader, object, "locked", BR_JSON_OPTIONAL, &item->locked, error))
    return FALSE;

  if (label != NULL && g_utf8_strlen (label, -1) > BR_BOARD_MAX_LABEL)
    return br_json_reader_fail_member (reader, error, "label", BR_DOC_ERROR_RANGE,
                                       _("the label is %ld characters long; a label holds at most %d"),
                                       g_utf8_strlen (label, -1), BR_BOARD_MAX_LABEL);

  item->stroke_color = stroke;
  item->fill_color = fill;
  item->stroke_width = width;
  item->line_style = style;
  item->font_size = font;
  if (label != NULL)
    br_item_set_label (item, label);
  item->group = g_strdup (group);
  return TRUE;
}

static gboolean
read_end (BrJsonReader *reader,
          JsonObject   *object,
          const char   *member,
          BrArrowEnd   *end,
          GError      **error)
{
  static const char * const allowed[] = { "item", "x", "y", NULL };
  JsonObject *end_object;
  const char *item_id = NULL;
  gboolean ok;

  if (!br_json_reader_get_object (reader, object, member, BR_JSON_REQUIRED, &end_object, error))
    return FALSE;

  br_json_reader_push_member (reader, member);
  ok = br_json_reader_check_members (reader, end_object, allowed, error) &&
       read_id (reader, end_object, "item", BR_JSON_OPTIONAL, &item_id, error);
  if (ok && item_id != NULL)
    {
      if (json_object_has_member (end_object, "x") || json_object_has_member (end_object, "y"))
        ok = br_json_reader_fail_member (reader, error, json_object_has_member (end_object, "x") ? "x" : "y",
                                         BR_DOC_ERROR_INVALID_VALUE,
                                         _("a bound end has no position of its own: give either “item” or “x” and “y”"));
      end->item_id = g_strdup (item_id);
    }
  else if (ok)
    ok = br_json_reader_get_double (reader, end_object, "x", BR_JSON_REQUIRED,
                                    -BR_BOARD_MAX_COORD, BR_BOARD_MAX_COORD, &end->x, error) &&
         br_json_reader_get_double (reader, end_object, "y", BR_JSON_REQUIRED,
                                    -BR_BOARD_MAX_COORD, BR_BOARD_MAX_COORD, &end->y, error);
  br_json_reader_pop (reader);
  end->x += 0.0;
  end->y += 0.0;
  return ok;
}

static gboolean
read_points (BrJsonReader *reader,
             JsonObject   *object,
             BrItem       *item,
             GError      **error)
{
  JsonArray *array;
  guint length;

  if (!br_json_reader_get_array (reader, object, "points", BR_JSON_REQUIRED,
                                 2, 2 * BR_BOARD_MAX_POINTS, &array, error))
    return FALSE;

  length = json_array_get_length (array);
  if (length % 2 != 0)
    return br_json_reader_fail_member (reader, error, "points", BR_DOC_ERROR_RANGE,
                                       _("the list has %u numbers; it must hold x, y pairs"), length);

  item->n_points = length / 2;
  item->points = g_new (BrPoint, item->n_points);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      double value;

      if (!JSON_NODE_HOLDS_VALUE (node) ||
          (json_node_get_value_type (node) != G_TYPE_INT64 &&
           json_node_get_value_type (node) != G_TYPE_DOUBLE))
        {
          br_json_reader_push_member (reader, "points");
          br_json_reader_push_index (reader, i);
          br_json_reader_fail (reader, error, BR_DOC_ERROR_TYPE, _("expected a number"));
          br_json_reader_pop (reader);
          br_json_reader_pop (reader);
          return FALSE;
        }
      value = json_node_get_double (node);
      if (!(value >= -BR_BOARD_MAX_COORD && value <= BR_BOARD_MAX_COORD))
        {
          br_json_reader_push_member (reader, "points");
          br_json_reader_push_index (reader, i);
          br_json_reader_fail (reader, error, BR_DOC_ERROR_RANGE,
                               _("%g is outside the allowed range %g–%g"),
                               value, -BR_BOARD_MAX_COORD, BR_BOARD_MAX_COORD);
          br_json_reader_pop (reader);
          br_json_reader_pop (reader);
          return FALSE;
        }
      if (i % 2 == 0)
        item->points[i / 2].x = value + 0.0;
      else
        item->points[i / 2].y = value + 0.0;
    }
  return TRUE;
}

/**
 * _br_board_read_item:
 * @ids: the ids read so far (id -> item); the item's id is added
 * @out: (out) (transfer full): the item
 *
 * Reads one item of the .brboard syntax; its bound ends are not checked.
 */
gboolean
_br_board_read_item (BrJsonReader *reader,
                     JsonObject   *object,
                     GHashTable   *ids,
                     BrItem      **out,
                     GError      **error)
{
  static const char * const shape_members[] = {
    "id", "kind", "x", "y", "width", "height",
    "stroke", "fill", "filled", "stroke_width", "line_style", "font_size", "label", "group", "locked",
    BR_COMPONENT_BOX_MEMBER, BR_ITEM_ESTIMATE_MEMBER, NULL
  };
  static const char * const text_members[] = {
    "id", "kind", "x", "y", "width", "height",
    "stroke", "fill", "filled", "stroke_width", "line_style", "font_size", "label", "group", "locked",
    BR_ITEM_ESTIMATE_MEMBER, NULL
  };
  static const char * const stencil_members[] = {
    "id", "kind", "stencil", "x", "y", "width", "height",
    "stroke", "fill", "filled", "stroke_width", "line_style", "font_size", "label", "group", "locked",
    BR_COMPONENT_BOX_MEMBER, BR_ITEM_ESTIMATE_MEMBER, NULL
  };
  static const char * const arrow_members[] = {
    "id", "kind", "routing", "heads", "start", "end",
    "stroke", "fill", "filled", "stroke_width", "line_style", "font_size", "label", "group", "locked",
    BR_COMPONENT_ARROW_MEMBER, NULL
  };
  static const char * const stroke_members[] = {
    "id", "kind", "points",
    "stroke", "fill", "filled", "stroke_width", "line_style", "font_size", "label", "group", "locked", NULL
  };
  g_autoptr(BrItem) item = NULL;
  const char * const *allowed;
  const char *id;
  guint kind, value;

  if (!read_id (reader, object, "id", BR_JSON_REQUIRED, &id, error))
    return FALSE;
  if (g_hash_table_contains (ids, id))
    return br_json_reader_fail_member (reader, error, "id", BR_DOC_ERROR_DUPLICATE_ID,
                                       _("the id “%s” is already used earlier in the file"), id);
  if (!br_json_reader_get_choice (reader, object, "kind", br_item_kind_names (), &kind, error))
    return FALSE;

  switch (kind)
    {
    case BR_ITEM_STENCIL: allowed = stencil_members; break;
    case BR_ITEM_ARROW: allowed = arrow_members; break;
    case BR_ITEM_STROKE: allowed = stroke_members; break;
    case BR_ITEM_TEXT: allowed = text_members; break;
    default: allowed = shape_members; break;
    }
  if (!br_json_reader_check_members (reader, object, allowed, error))
    return FALSE;

  item = g_new0 (BrItem, 1);
  item->kind = kind;
  item->id = g_strdup (id);
  item->label = g_strdup ("");
  item->stroke_width = BR_STROKE_MEDIUM;
  item->font_size = BR_FONT_MEDIUM;
  item->heads = BR_HEADS_END;
  item->index_level = -1;

  switch (kind)
    {
    case BR_ITEM_ARROW:
      value = item->routing;
      if (!read_optional_choice (reader, object, "routing", br_routing_names (), &value, error))
        return FALSE;
      item->routing = value;
      value = item->heads;
      if (!read_optional_choice (reader, object, "heads", br_heads_names (), &value, error))
        return FALSE;
      item->heads = value;
      if (!read_end (reader, object, "start", &item->ends[0], error) ||
          !read_end (reader, object, "end", &item->ends[1], error))
        return FALSE;
      break;

    case BR_ITEM_STROKE:
      if (!read_points (reader, object, item, error))
        return FALSE;
      break;

    case BR_ITEM_STENCIL:
      if (!br_json_reader_get_choice (reader, object, "stencil", br_stencil_names (), &value, error))
        return FALSE;
      item->stencil = value;
      G_GNUC_FALLTHROUGH;
    default:
      if (!br_json_reader_get_double (reader, object, "x", BR_JSON_REQUIRED,
                                      -BR_BOARD_MAX_COORD, BR_BOARD_MAX_COORD, &item->x, error) ||
          !br_json_reader_get_double (reader, object, "y", BR_JSON_REQUIRED,
                                      -BR_BOARD_MAX_COORD, BR_BOARD_MAX_COORD, &item->y, error) ||
          !br_json_reader_get_double (reader, object, "width", BR_JSON_REQUIRED,
                                      0, BR_BOARD_MAX_SIZE, &item->width, error) ||
          !br_json_reader_get_double (reader, object, "height", BR_JSON_REQUIRED,
                                      0, BR_BOARD_MAX_SIZE, &item->height, error))
        return FALSE;
      item->x += 0.0;
      item->y += 0.0;
      item->width += 0.0;
      item->height += 0.0;
      break;
    }

  if (!read_style (reader, object, item, error) ||
      !br_component_read_json (reader, object, item, FALSE, &item->component, error) ||
      !br_item_estimate_read_json (reader, object, &item->estimate, error))
    return FALSE;

  br_item_update_bounds (item);
  g_hash_table_insert (ids, item->id, item);
  *out = g_steal_pointer (&item);
  return TRUE;
}

/* Every bound end names an item of the file that can be bound to */
static gboolean
check_bindings (BrJsonReader *reader,
                GPtrArray    *items,
                GHashTable   *ids,
                GError      **error)
{
  static const char * const sides[] = { "start", "end" };

  for (guint i = 0; i < items->len; i++)
    {
      BrItem *item = g_ptr_array_index (items, i);

      for (guint side = 0; side < 2 && item->kind == BR_ITEM_ARROW; side++)
        {
          const char *target_id = item->ends[side].item_id;
          BrItem *target;
          gboolean ok = TRUE;

          if (target_id == NULL)
            continue;
          target = g_hash_table_lookup (ids, target_id);

          br_json_reader_push_member (reader, "items");
          br_json_reader_push_index (reader, i);
          br_json_reader_push_member (reader, sides[side]);
          if (target == NULL)
            ok = br_json_reader_fail_member (reader, error, "item", BR_DOC_ERROR_UNKNOWN_REFERENCE,
                                             _("“%s” does not name any item of this file"), target_id);
          else if (target == item)
            ok = br_json_reader_fail_member (reader, error, "item", BR_DOC_ERROR_INVALID_VALUE,
                                             _("the arrow is bound to itself"));
          else if (!br_item_is_bindable (target))
            ok = br_json_reader_fail_member (reader, error, "item", BR_DOC_ERROR_INVALID_VALUE,
                                             _("“%s” is an item of kind “%s”; arrows bind only to shapes and text"),
                                             target_id, br_item_kind_to_string (target->kind));
          br_json_reader_pop (reader);
          br_json_reader_pop (reader);
          br_json_reader_pop (reader);
          if (!ok)
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_view (BrJsonReader *reader,
           JsonObject   *root,
           BrView       *view,
           gboolean     *has_view,
           GError      **error)
{
  static const char * const allowed[] = { "x", "y", "zoom", NULL };
  JsonObject *object;
  gboolean ok;

  *has_view = FALSE;
  if (!br_json_reader_get_object (reader, root, "view", BR_JSON_OPTIONAL, &object, error))
    return FALSE;
  if (object == NULL)
    return TRUE;

  br_json_reader_push_member (reader, "view");
  ok = br_json_reader_check_members (reader, object, allowed, error) &&
       br_json_reader_get_double (reader, object, "x", BR_JSON_REQUIRED,
                                  -BR_BOARD_MAX_COORD, BR_BOARD_MAX_COORD, &view->x, error) &&
       br_json_reader_get_double (reader, object, "y", BR_JSON_REQUIRED,
                                  -BR_BOARD_MAX_COORD, BR_BOARD_MAX_COORD, &view->y, error) &&
       br_json_reader_get_double (reader, object, "zoom", BR_JSON_REQUIRED,
                                  BR_VIEW_MIN_ZOOM, BR_VIEW_MAX_ZOOM, &view->zoom, error);
  br_json_reader_pop (reader);
  *has_view = ok;
  return ok;
}

/**
 * br_board_parse:
 * @bytes: the content of a .brboard file
 * @error: return location for a #BR_DOC_ERROR, whose message starts with
 *   "LINE:COLUMN: JSON-PATH: " where the document has a place
 *
 * Validates the whole document before building anything: a board comes
 * back complete, or not at all.
 *
 * Returns: (transfer full) (nullable): the board, with an empty history
 */
BrBoard *
br_board_parse (GBytes  *bytes,
                GError **error)
{
  static const char * const allowed[] = { "format", "version", "items", "view", "targets", NULL };
  g_autoptr(BrJsonReader) reader = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) ids = NULL;
  JsonObject *root;
  BrView view = { 0, 0, 1 };
  BrReviewTargets targets;
  JsonObject *targets_object = NULL;
  gboolean has_view;
  guint length;
  BrBoard *board;

  g_return_val_if_fail (bytes != NULL, NULL);

  /* The items are parsed one at a time: a board's whole tree costs more
   * than reading it */
  reader = br_json_reader_new_limited (bytes, &board_limits, "items", error);
  if (reader == NULL)
    return NULL;
  root = br_json_reader_get_root (reader);

  if (!br_json_reader_check_format (reader, BR_BOARD_FORMAT, BR_BOARD_VERSION, NULL, error) ||
      !br_json_reader_check_members (reader, root, allowed, error) ||
      !br_json_reader_get_list (reader, 0, BR_BOARD_MAX_ITEMS, &length, error))
    return NULL;

  items = g_ptr_array_new_full (length, (GDestroyNotify) br_item_free);
  ids = g_hash_table_new (g_str_hash, g_str_equal);

  br_json_reader_push_member (reader, "items");
  for (guint i = 0; i < length; i++)
    {
      JsonObject *object;
      BrItem *item = NULL;
      gboolean ok;

      if (!br_json_reader_get_list_object (reader, i, &object, error))
        return NULL;
      ok = _br_board_read_item (reader, object, ids, &item, error);
      br_json_reader_pop (reader);
      if (!ok)
        return NULL;
      g_ptr_array_add (items, item);
    }
  br_json_reader_pop (reader);

  if (!check_bindings (reader, items, ids, error) ||
      !read_view (reader, root, &view, &has_view, error) ||
      !br_json_reader_get_object (reader, root, "targets", BR_JSON_OPTIONAL, &targets_object, error))
    return NULL;
  br_review_targets_init (&targets);
  if (targets_object != NULL)
    {
      gboolean ok;

      br_json_reader_push_member (reader, "targets");
      ok = br_review_targets_read_json (reader, targets_object, &targets, error);
      br_json_reader_pop (reader);
      if (!ok)
        return NULL;
    }

  board = br_board_new ();
  g_ptr_array_set_free_func (items, NULL);
  _br_board_load (board, items);
  if (has_view)
    br_board_set_view (board, &view);
  if (targets_object != NULL)
    {
      board->targets = targets;
      board->has_targets = TRUE;
    }
  return board;
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

/* The writer is hand-made: json-glib 1.6's generator writes some doubles
 * as invalid JSON ("1e-13.0"), and it is several times slower on a large
 * board. One item per line keeps files readable and diffs small. */

static void
put_member (GString    *out,
            const char *member)
{
  g_string_append (out, ", ");
  br_json_write_string (out, member);
  g_string_append (out, ": ");
}

static void
add_double (GString    *out,
            const char *member,
            double      value)
{
  put_member (out, member);
  br_json_write_double (out, value);
}

static void
add_string (GString    *out,
            const char *member,
            const char *value)
{
  put_member (out, member);
  br_json_write_string (out, value);
}

static void
add_end (GString          *out,
         const char       *member,
         const BrArrowEnd *end)
{
  put_member (out, member);
  if (end->item_id != NULL)
    {
      g_string_append (out, "{\"item\": ");
      br_json_write_string (out, end->item_id);
    }
  else
    {
      g_string_append (out, "{\"x\": ");
      br_json_write_double (out, end->x);
      g_string_append (out, ", \"y\": ");
      br_json_write_double (out, end->y);
    }
  g_string_append_c (out, '}');
}

/**
 * _br_board_write_item:
 *
 * Writes one item in the .brboard syntax, on one line.
 */
void
_br_board_write_item (GString      *out,
                      const BrItem *item)
{
  g_string_append (out, "{\"id\": ");
  br_json_write_string (out, item->id);
  add_string (out, "kind", br_item_kind_to_string (item->kind));

  switch (item->kind)
    {
    case BR_ITEM_ARROW:
      add_string (out, "routing", br_routing_names ()[item->routing]);
      add_string (out, "heads", br_heads_names ()[item->heads]);
      add_end (out, "start", &item->ends[0]);
      add_end (out, "end", &item->ends[1]);
      break;

    case BR_ITEM_STROKE:
      put_member (out, "points");
      g_string_append_c (out, '[');
      for (guint i = 0; i < item->n_points; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          br_json_write_double (out, item->points[i].x);
          g_string_append (out, ", ");
          br_json_write_double (out, item->points[i].y);
        }
      g_string_append_c (out, ']');
      break;

    case BR_ITEM_STENCIL:
      add_string (out, "stencil", br_stencil_to_string (item->stencil));
      G_GNUC_FALLTHROUGH;
    default:
      add_double (out, "x", item->x);
      add_double (out, "y", item->y);
      add_double (out, "width", item->width);
      add_double (out, "height", item->height);
      break;
    }

  g_string_append_printf (out, ", \"stroke\": %u, \"fill\": %u, \"filled\": %s",
                          (guint) item->stroke_color, (guint) item->fill_color,
                          item->filled ? "true" : "false");
  add_string (out, "stroke_width", br_stroke_width_names ()[item->stroke_width]);
  add_string (out, "line_style", br_line_style_names ()[item->line_style]);
  add_string (out, "font_size", br_font_size_names ()[item->font_size]);
  if (item->label[0] != '\0')
    add_string (out, "label", item->label);
  if (item->group != NULL)
    add_string (out, "group", item->group);
  if (item->locked)
    g_string_append (out, ", \"locked\": true");
  if (item->component != NULL)
    {
      put_member (out, br_component_member_for (item));
      br_component_write_json (out, item->component);
    }
  if (item->estimate != NULL)
    {
      put_member (out, BR_ITEM_ESTIMATE_MEMBER);
      br_item_estimate_write_json (out, item->estimate);
    }
  g_string_append_c (out, '}');
}

/**
 * br_board_to_bytes:
 *
 * Returns: (transfer full): the board as a .brboard document, the same
 *   bytes for the same board
 */
GBytes *
br_board_to_bytes (BrBoard *self)
{
  GString *out;
  BrView view;
  BrReviewTargets targets;
  gboolean has_targets, review = FALSE, notes = FALSE;
  int version;
  guint n;

  g_return_val_if_fail (BR_IS_BOARD (self), NULL);

  n = br_board_get_n_items (self);
  has_targets = br_board_get_targets (self, &targets);
  review = has_targets;
  for (guint i = 0; i < n && !(review && notes); i++)
    {
      const BrItem *item = br_board_get_item (self, i);

      review |= item->component != NULL;
      notes |= item->estimate != NULL;
    }
  /* The oldest version that holds what the board has */
  version = notes ? BR_BOARD_VERSION : review ? 2 : 1;

  out = g_string_sized_new (256 + (gsize) n * 200);
  g_string_append (out, "{\n \"format\": ");
  br_json_write_string (out, BR_BOARD_FORMAT);
  g_string_append_printf (out, ",\n \"version\": %d,\n \"items\": [", version);
  for (guint i = 0; i < n; i++)
    {
      g_string_append (out, i > 0 ? ",\n  " : "\n  ");
      _br_board_write_item (out, br_board_get_item (self, i));
    }
  g_string_append (out, n > 0 ? "\n ]" : "]");
  if (br_board_get_view (self, &view))
    {
      g_string_append (out, ",\n \"view\": {\"x\": ");
      br_json_write_double (out, view.x);
      g_string_append (out, ", \"y\": ");
      br_json_write_double (out, view.y);
      g_string_append (out, ", \"zoom\": ");
      br_json_write_double (out, view.zoom);
      g_string_append_c (out, '}');
    }
  if (has_targets)
    {
      g_string_append (out, ",\n \"targets\": ");
      br_review_targets_write_json (out, &targets);
    }
  g_string_append (out, "\n}\n");
  return g_string_free_to_bytes (out);
}

/**
 * br_board_new_from_file:
 *
 * Loads a board file. Errors are #BR_DOC_ERROR or #G_IO_ERROR, and their
 * message starts with the file's path.
 *
 * Returns: (transfer full) (nullable): the board
 */
BrBoard *
br_board_new_from_file (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  BrBoard *result;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = br_file_load_limited (file, BR_BOARD_MAX_FILE_SIZE, cancellable, error);
  if (bytes == NULL)
    return NULL;

  result = br_board_parse (bytes, &local_error);
  if (result == NULL)
    {
      name = g_file_get_parse_name (file);
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s:", name);
      return NULL;
    }
  return result;
}

/**
 * br_board_save_to_file_full:
 * @new_file_mode: the permissions of the file if it does not exist yet:
 *   %BR_FILE_MODE_PRIVATE for the user's own data (drafts, the boards of
 *   practice attempts)
 *
 * Writes the board atomically, keeping what the file had (see
 * br_file_write_atomic_full()).
 */
gboolean
br_board_save_to_file_full (BrBoard       *self,
                            GFile         *file,
                            guint          new_file_mode,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = br_board_to_bytes (self);
  return br_file_write_atomic_full (file, bytes, new_file_mode, cancellable, error);
}

/**
 * br_board_save_to_file:
 *
 * Writes the board atomically, as a document the user saves: a new file
 * is made 0644, an existing one keeps its permissions (see
 * br_file_write_atomic_full()).
 */
gboolean
br_board_save_to_file (BrBoard       *self,
                       GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  return br_board_save_to_file_full (self, file, BR_FILE_MODE_DOCUMENT, cancellable, error);
}
