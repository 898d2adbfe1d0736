/* br-board-file.c — reading and writing .brboard files
 *
 * {
 *   "format": "bar-raiser-board",
 *   "version": 1,
 *   "items": [ ITEM... ],              bottom first
 *   "view": { "x": N, "y": N, "zoom": N }    optional
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
 * "filled", "stroke_width", "line_style", "font_size", "label", "group",
 * "locked". Anything else is refused.
 *
 * Saving writes members in a fixed order, and doubles with 17 significant
 * digits, so that load -> save gives the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-board-file.h"
#include "br-board-private.h"
#include "br-file-util.h"
#include "br-json-reader.h"

/* ---------------------------------------------------------------------- */
/* Reading                                                                 */

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
  if (*out != NULL && !br_item_id_is_valid (*out))
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

static gboolean
read_item (BrJsonReader *reader,
           JsonObject   *object,
           GHashTable   *ids,
           BrItem      **out,
           GError      **error)
{
  static const char * const shape_members[] = {
    "id", "kind", "x", "y", "width", "height",
    "stroke", "fill", "filled", "stroke_width", "line_style", "font_size", "label", "group", "locked", NULL
  };
  static const char * const stencil_members[] = {
    "id", "kind", "stencil", "x", "y", "width", "height",
    "stroke", "fill", "filled", "stroke_width", "line_style", "font_size", "label", "group", "locked", NULL
  };
  static const char * const arrow_members[] = {
    "id", "kind", "routing", "heads", "start", "end",
    "stroke", "fill", "filled", "stroke_width", "line_style", "font_size", "label", "group", "locked", NULL
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

  if (!read_style (reader, object, item, error))
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
  static const char * const allowed[] = { "format", "version", "items", "view", NULL };
  g_autoptr(BrJsonReader) reader = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) ids = NULL;
  JsonObject *root;
  JsonArray *array;
  BrView view = { 0, 0, 1 };
  gboolean has_view;
  guint length;
  BrBoard *board;

  g_return_val_if_fail (bytes != NULL, NULL);

  reader = br_json_reader_new (bytes, BR_BOARD_MAX_FILE_SIZE, error);
  if (reader == NULL)
    return NULL;
  root = br_json_reader_get_root (reader);

  if (!br_json_reader_check_format (reader, BR_BOARD_FORMAT, BR_BOARD_VERSION, NULL, error) ||
      !br_json_reader_check_members (reader, root, allowed, error) ||
      !br_json_reader_get_array (reader, root, "items", BR_JSON_REQUIRED, 0, BR_BOARD_MAX_ITEMS, &array, error))
    return NULL;

  length = json_array_get_length (array);
  items = g_ptr_array_new_full (length, (GDestroyNotify) br_item_free);
  ids = g_hash_table_new (g_str_hash, g_str_equal);

  br_json_reader_push_member (reader, "items");
  for (guint i = 0; i < length; i++)
    {
      JsonObject *object;
      BrItem *item = NULL;
      gboolean ok;

      if (!br_json_reader_get_element_object (reader, array, i, &object, error))
        return NULL;
      ok = read_item (reader, object, ids, &item, error);
      br_json_reader_pop (reader);
      if (!ok)
        return NULL;
      g_ptr_array_add (items, item);
    }
  br_json_reader_pop (reader);

  if (!check_bindings (reader, items, ids, error) ||
      !read_view (reader, root, &view, &has_view, error))
    return NULL;

  board = br_board_new ();
  g_ptr_array_set_free_func (items, NULL);
  _br_board_load (board, items);
  if (has_view)
    br_board_set_view (board, &view);
  return board;
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

static void
add_double (JsonBuilder *builder,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_double_value (builder, value);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_end (JsonBuilder      *builder,
         const char       *member,
         const BrArrowEnd *end)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  if (end->item_id != NULL)
    add_string (builder, "item", end->item_id);
  else
    {
      add_double (builder, "x", end->x);
      add_double (builder, "y", end->y);
    }
  json_builder_end_object (builder);
}

static void
add_item (JsonBuilder  *builder,
          const BrItem *item)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", item->id);
  add_string (builder, "kind", br_item_kind_to_string (item->kind));

  switch (item->kind)
    {
    case BR_ITEM_ARROW:
      add_string (builder, "routing", br_routing_names ()[item->routing]);
      add_string (builder, "heads", br_heads_names ()[item->heads]);
      add_end (builder, "start", &item->ends[0]);
      add_end (builder, "end", &item->ends[1]);
      break;

    case BR_ITEM_STROKE:
      json_builder_set_member_name (builder, "points");
      json_builder_begin_array (builder);
      for (guint i = 0; i < item->n_points; i++)
        {
          json_builder_add_double_value (builder, item->points[i].x);
          json_builder_add_double_value (builder, item->points[i].y);
        }
      json_builder_end_array (builder);
      break;

    case BR_ITEM_STENCIL:
      add_string (builder, "stencil", br_stencil_to_string (item->stencil));
      G_GNUC_FALLTHROUGH;
    default:
      add_double (builder, "x", item->x);
      add_double (builder, "y", item->y);
      add_double (builder, "width", item->width);
      add_double (builder, "height", item->height);
      break;
    }

  json_builder_set_member_name (builder, "stroke");
  json_builder_add_int_value (builder, item->stroke_color);
  json_builder_set_member_name (builder, "fill");
  json_builder_add_int_value (builder, item->fill_color);
  json_builder_set_member_name (builder, "filled");
  json_builder_add_boolean_value (builder, item->filled);
  add_string (builder, "stroke_width", br_stroke_width_names ()[item->stroke_width]);
  add_string (builder, "line_style", br_line_style_names ()[item->line_style]);
  add_string (builder, "font_size", br_font_size_names ()[item->font_size]);
  if (item->label[0] != '\0')
    add_string (builder, "label", item->label);
  if (item->group != NULL)
    add_string (builder, "group", item->group);
  if (item->locked)
    {
      json_builder_set_member_name (builder, "locked");
      json_builder_add_boolean_value (builder, TRUE);
    }
  json_builder_end_object (builder);
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
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  BrView view;
  char *text;
  gsize length;

  g_return_val_if_fail (BR_IS_BOARD (self), NULL);

  json_builder_begin_object (builder);
  add_string (builder, "format", BR_BOARD_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, BR_BOARD_VERSION);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < br_board_get_n_items (self); i++)
    add_item (builder, br_board_get_item (self, i));
  json_builder_end_array (builder);
  if (br_board_get_view (self, &view))
    {
      json_builder_set_member_name (builder, "view");
      json_builder_begin_object (builder);
      add_double (builder, "x", view.x);
      add_double (builder, "y", view.y);
      add_double (builder, "zoom", view.zoom);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
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
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  BrBoard *board;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);

  /* Refuse a huge file before reading it all */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info != NULL && g_file_info_get_size (info) > BR_BOARD_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size_full (g_file_info_get_size (info), G_FORMAT_SIZE_LONG_FORMAT);
      g_autofree char *limit = g_format_size (BR_BOARD_MAX_FILE_SIZE);

      g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE,
                   _("%s: the file is %s; boards larger than %s are refused"), name, size, limit);
      return NULL;
    }

  if (info != NULL)
    bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }

  board = br_board_parse (bytes, &local_error);
  if (board == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s:", name);
      return NULL;
    }
  return board;
}

/**
 * br_board_save_to_file:
 *
 * Writes the board atomically (see br_file_write_atomic()).
 */
gboolean
br_board_save_to_file (BrBoard       *self,
                       GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (BR_IS_BOARD (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = br_board_to_bytes (self);
  return br_file_write_atomic (file, bytes, cancellable, error);
}
