/* br-excalidraw-read.c — reading Excalidraw drawings and clipboard data
 *
 * Excalidraw's files carry many fields a board has no use for (seeds,
 * versions, fonts, frames, the app's state, embedded images): those are
 * left alone whatever they hold. A field the import does use must have the
 * right type, and the fields an element cannot be placed without ("type",
 * "id", "x", "y", a shape's "width" and "height", the "points" of lines,
 * arrows and freehand, a text's "text") must be there; otherwise the error
 * says where, as "LINE:COLUMN: $.elements[3].x: what is wrong", like the
 * other loaders. Values Excalidraw may grow new ones of (stroke and fill
 * styles, arrowheads, colours) fall back to the nearest thing we have.
 *
 * Deleted elements are left out, as Excalidraw does. Elements a board has
 * no item for (images, frames, embedded pages, kinds this reader does not
 * know) are counted in the report, by kind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-board"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "br-board-file.h"
#include "br-board-component-json.h"
#include "br-board-estimate.h"
#include "br-excalidraw-private.h"

/* More points than a stroke keeps are thinned out, up to this many */
#define MAX_POINTS_READ (10 * BR_BOARD_MAX_POINTS)
#define MAX_GROUPS 1000
/* Element positions may lie beyond the board's limits (a label or a part of
 * a shape near its edge); what they make is brought inside */
#define MAX_COORD (4 * BR_BOARD_MAX_COORD)
#define MAX_BOUND 100000

/* The budget of each parse (see br_json_parse_full()): the drawing without
 * its elements (the app's state, embedded images as text), which may list
 * BR_BOARD_MAX_ITEMS of them, then each element, with up to
 * MAX_POINTS_READ points of three values each. Excalidraw's own fields
 * nest a few levels; "customData" is anyone's. */
static const BrJsonLimits drawing_limits = {
  .max_length = BR_BOARD_MAX_FILE_SIZE,
  .max_depth = 32,
  .max_values = 3 * MAX_POINTS_READ + 1000,
  .max_memory = 64 * 1024 * 1024,
};

static gboolean
is_absent (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

/* An optional member that may also be null */
static gboolean
get_nullable_string (BrJsonReader *reader,
                     JsonObject   *object,
                     const char   *member,
                     BrJsonFlags   flags,
                     const char  **out,
                     GError      **error)
{
  *out = NULL;
  if (is_absent (object, member))
    return TRUE;
  return br_json_reader_get_string (reader, object, member, flags | BR_JSON_OPTIONAL, out, error);
}

static gboolean
get_nullable_object (BrJsonReader *reader,
                     JsonObject   *object,
                     const char   *member,
                     JsonObject  **out,
                     GError      **error)
{
  *out = NULL;
  if (is_absent (object, member))
    return TRUE;
  return br_json_reader_get_object (reader, object, member, BR_JSON_OPTIONAL, out, error);
}

/* A text of any length (labels are cut to BR_BOARD_MAX_LABEL later) */
static gboolean
get_text (BrJsonReader *reader,
          JsonObject   *object,
          const char   *member,
          BrJsonFlags   flags,
          const char  **out,
          GError      **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL)
    {
      if (flags & BR_JSON_OPTIONAL)
        return TRUE;
      return br_json_reader_fail (reader, error, BR_DOC_ERROR_MISSING,
                                  _("the required field “%s” is missing"), member);
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return br_json_reader_fail_member (reader, error, member, BR_DOC_ERROR_TYPE,
                                       _("expected a string"));
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
number_at (BrJsonReader *reader,
           JsonArray    *array,
           guint         index,
           double        limit,
           double       *out,
           GError      **error)
{
  JsonNode *node = json_array_get_element (array, index);
  gboolean ok = TRUE;

  br_json_reader_push_index (reader, index);
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    ok = br_json_reader_fail (reader, error, BR_DOC_ERROR_TYPE, _("expected a number"));
  else
    {
      *out = json_node_get_double (node);
      if (!(*out >= -limit && *out <= limit))
        ok = br_json_reader_fail (reader, error, BR_DOC_ERROR_RANGE,
                                  _("%g is outside the allowed range %g–%g"), *out, -limit, limit);
    }
  br_json_reader_pop (reader);
  return ok;
}

/* ---------------------------------------------------------------------- */
/* Parts of an element                                                     */

static gboolean
read_style (BrJsonReader *reader,
            JsonObject   *object,
            ExElement    *el,
            GError      **error)
{
  JsonObject *roundness;

  el->stroke_width = -1;
  el->opacity = 100;
  if (!get_nullable_string (reader, object, "strokeColor", BR_JSON_ALLOW_EMPTY, &el->stroke_color, error) ||
      !get_nullable_string (reader, object, "backgroundColor", BR_JSON_ALLOW_EMPTY, &el->background, error) ||
      !get_nullable_string (reader, object, "fillStyle", BR_JSON_ALLOW_EMPTY, &el->fill_style, error) ||
      !get_nullable_string (reader, object, "strokeStyle", BR_JSON_ALLOW_EMPTY, &el->stroke_style, error) ||
      !br_json_reader_get_double (reader, object, "strokeWidth", BR_JSON_OPTIONAL, 0, 1000, &el->stroke_width, error) ||
      !br_json_reader_get_double (reader, object, "opacity", BR_JSON_OPTIONAL, 0, 100, &el->opacity, error) ||
      !get_nullable_object (reader, object, "roundness", &roundness, error) ||
      !br_json_reader_get_boolean (reader, object, "locked", BR_JSON_OPTIONAL, &el->locked, error))
    return FALSE;
  el->rounded = roundness != NULL;
  if (is_absent (object, "groupIds"))
    return TRUE;
  return br_json_reader_get_strv (reader, object, "groupIds", BR_JSON_OPTIONAL | BR_JSON_ALLOW_EMPTY,
                                  0, MAX_GROUPS, &el->group_ids, error);
}

static gboolean
read_angle (BrJsonReader *reader,
            JsonObject   *object,
            ExElement    *el,
            GError      **error)
{
  double angle = 0;

  if (!br_json_reader_get_double (reader, object, "angle", BR_JSON_OPTIONAL, -1e6, 1e6, &angle, error))
    return FALSE;
  angle = fmod (angle, 2 * G_PI);
  if (angle < 0)
    angle += 2 * G_PI;
  el->angle = angle;
  return TRUE;
}

/* {"type": "text", "id": ID} entries of "boundElements" name the label */
static gboolean
read_bound_elements (BrJsonReader *reader,
                     JsonObject   *object,
                     ExElement    *el,
                     GError      **error)
{
  JsonArray *array;
  guint length;

  if (is_absent (object, "boundElements"))
    return TRUE;
  if (!br_json_reader_get_array (reader, object, "boundElements", BR_JSON_OPTIONAL, 0, MAX_BOUND, &array, error))
    return FALSE;

  length = json_array_get_length (array);
  br_json_reader_push_member (reader, "boundElements");
  for (guint i = 0; i < length; i++)
    {
      JsonObject *entry;
      const char *id, *type;
      gboolean ok;

      if (!br_json_reader_get_element_object (reader, array, i, &entry, error))
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      ok = br_json_reader_get_string (reader, entry, "id", BR_JSON_REQUIRED, &id, error) &&
           br_json_reader_get_string (reader, entry, "type", BR_JSON_REQUIRED, &type, error);
      br_json_reader_pop (reader);
      if (!ok)
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      if (g_str_equal (type, "text"))
        {
          if (el->bound_texts == NULL)
            el->bound_texts = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (el->bound_texts, g_strdup (id));
        }
    }
  br_json_reader_pop (reader);
  return TRUE;
}

/* A binding is {"elementId", "focus", "gap"} (Excalidraw before 2025) or
 * {"elementId", "fixedPoint", "mode"}; either way only the element counts:
 * a bound end of a board arrow aims at the middle of its item */
static gboolean
read_binding (BrJsonReader *reader,
              JsonObject   *object,
              const char   *member,
              const char  **out,
              GError      **error)
{
  JsonObject *binding;
  const char *mode;
  double number;
  gboolean ok;

  *out = NULL;
  if (!get_nullable_object (reader, object, member, &binding, error))
    return FALSE;
  if (binding == NULL)
    return TRUE;

  br_json_reader_push_member (reader, member);
  ok = br_json_reader_get_string (reader, binding, "elementId", BR_JSON_REQUIRED, out, error) &&
       br_json_reader_get_double (reader, binding, "focus", BR_JSON_OPTIONAL, -1e7, 1e7, &number, error) &&
       br_json_reader_get_double (reader, binding, "gap", BR_JSON_OPTIONAL, -1e7, 1e7, &number, error) &&
       get_nullable_string (reader, binding, "mode", 0, &mode, error);
  if (ok && !is_absent (binding, "fixedPoint"))
    {
      JsonArray *point;

      ok = br_json_reader_get_array (reader, binding, "fixedPoint", BR_JSON_OPTIONAL, 2, 2, &point, error);
      if (ok)
        {
          br_json_reader_push_member (reader, "fixedPoint");
          ok = number_at (reader, point, 0, 1e7, &number, error) &&
               number_at (reader, point, 1, 1e7, &number, error);
          br_json_reader_pop (reader);
        }
    }
  br_json_reader_pop (reader);
  return ok;
}

static gboolean
read_points (BrJsonReader *reader,
             JsonObject   *object,
             ExElement    *el,
             guint         min_points,
             GError      **error)
{
  JsonArray *array;
  g_autofree BrPoint *points = NULL;
  guint length, n;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE, cx, cy;

  if (!br_json_reader_get_array (reader, object, "points", BR_JSON_REQUIRED, min_points, MAX_POINTS_READ,
                                 &array, error))
    return FALSE;

  length = json_array_get_length (array);
  points = g_new (BrPoint, length);
  br_json_reader_push_member (reader, "points");
  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonArray *pair;
      gboolean ok;

      br_json_reader_push_index (reader, i);
      if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) != 2)
        {
          br_json_reader_fail (reader, error, JSON_NODE_HOLDS_ARRAY (node) ? BR_DOC_ERROR_RANGE : BR_DOC_ERROR_TYPE,
                               _("expected a point: a list of two numbers, x and y"));
          br_json_reader_pop (reader);
          br_json_reader_pop (reader);
          return FALSE;
        }
      pair = json_node_get_array (node);
      ok = number_at (reader, pair, 0, MAX_COORD, &points[i].x, error) &&
           number_at (reader, pair, 1, MAX_COORD, &points[i].y, error);
      br_json_reader_pop (reader);
      if (!ok)
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      x0 = MIN (x0, points[i].x);
      y0 = MIN (y0, points[i].y);
      x1 = MAX (x1, points[i].x);
      y1 = MAX (y1, points[i].y);
    }
  br_json_reader_pop (reader);

  /* Excalidraw turns a line about the middle of its points' box. More
   * points than a stroke keeps are thinned evenly, the first and the last
   * kept. */
  cx = el->x + (x0 + x1) / 2;
  cy = el->y + (y0 + y1) / 2;
  n = MIN (length, BR_BOARD_MAX_POINTS);
  el->points = g_new (BrPoint, n);
  for (guint k = 0; k < n; k++)
    {
      guint i = n == length ? k : (guint) ((guint64) k * (length - 1) / (n - 1));
      double px = el->x + points[i].x, py = el->y + points[i].y;

      if (el->angle != 0)
        {
          double dx = px - cx, dy = py - cy;

          px = cx + dx * cos (el->angle) - dy * sin (el->angle);
          py = cy + dx * sin (el->angle) + dy * cos (el->angle);
        }
      el->points[k].x = br_board_clamp_coord (px);
      el->points[k].y = br_board_clamp_coord (py);
    }
  el->n_points = n;
  return TRUE;
}

static gboolean
read_arrowhead (BrJsonReader *reader,
                JsonObject   *object,
                const char   *member,
                gboolean      fallback,
                gboolean     *out,
                GError      **error)
{
  const char *head;

  /* An absent end arrowhead is an arrow's default one */
  if (!json_object_has_member (object, member))
    {
      *out = fallback;
      return TRUE;
    }
  if (!get_nullable_string (reader, object, member, BR_JSON_ALLOW_EMPTY, &head, error))
    return FALSE;
  *out = head != NULL && head[0] != '\0';
  return TRUE;
}

/* The design review's properties: "component" on a box, "flow" on an
 * arrow, read as in a .brboard but skipping fields this version does not
 * know; a value out of range is refused all the same. The import keeps
 * those that apply to the item the element becomes. */
static gboolean
read_component (BrJsonReader *reader,
                JsonObject   *ours,
                ExElement    *el,
                GError      **error)
{
  BrItem probe = { 0 };

  probe.kind = el->type == EX_ARROW ? BR_ITEM_ARROW : BR_ITEM_RECTANGLE;
  return br_component_read_json (reader, ours, &probe, TRUE, &el->component, error);
}

/* {"barRaiser": {"kind", "stencil", "height", "routing", "partOf",
 * "outline", "group", "component", "flow", "estimate"}}: what br-excalidraw-write.c says about the item an
 * element stands for. Kinds and names this version does not know are
 * ignored: the element is then read as Excalidraw shows it. */
static gboolean
read_custom_data (BrJsonReader *reader,
                  JsonObject   *object,
                  ExElement    *el,
                  GError      **error)
{
  JsonObject *custom, *ours;
  const char *kind = NULL, *stencil = NULL, *routing = NULL;
  gboolean ok;

  el->custom_kind = -1;
  el->custom_height = -1;
  if (!get_nullable_object (reader, object, "customData", &custom, error))
    return FALSE;
  if (custom == NULL)
    return TRUE;

  br_json_reader_push_member (reader, "customData");
  ok = get_nullable_object (reader, custom, EXCALIDRAW_CUSTOM_KEY, &ours, error);
  if (ok && ours != NULL)
    {
      br_json_reader_push_member (reader, EXCALIDRAW_CUSTOM_KEY);
      ok = get_nullable_string (reader, ours, "kind", 0, &kind, error) &&
           get_nullable_string (reader, ours, "stencil", 0, &stencil, error) &&
           get_nullable_string (reader, ours, "routing", 0, &routing, error) &&
           get_nullable_string (reader, ours, "partOf", 0, &el->part_of, error) &&
           get_nullable_string (reader, ours, "group", 0, &el->custom_group, error) &&
           br_json_reader_get_boolean (reader, ours, "outline", BR_JSON_OPTIONAL, &el->outline, error) &&
           br_json_reader_get_double (reader, ours, "height", BR_JSON_OPTIONAL,
                                      0, BR_BOARD_MAX_SIZE, &el->custom_height, error) &&
           read_component (reader, ours, el, error) &&
           (el->type == EX_ARROW || br_item_estimate_read_json (reader, ours, &el->estimate, error));
      br_json_reader_pop (reader);
    }
  br_json_reader_pop (reader);
  if (!ok)
    return FALSE;

  for (guint i = 0; kind != NULL && br_item_kind_names ()[i] != NULL; i++)
    if (g_str_equal (kind, br_item_kind_names ()[i]) &&
        (br_item_kind_is_shape (i) || i == BR_ITEM_TEXT))
      el->custom_kind = i;
  if (el->custom_kind == BR_ITEM_STENCIL)
    {
      el->custom_kind = -1;
      for (guint i = 0; stencil != NULL && br_stencil_names ()[i] != NULL; i++)
        if (g_str_equal (stencil, br_stencil_names ()[i]))
          {
            el->custom_kind = BR_ITEM_STENCIL;
            el->custom_stencil = i;
          }
    }
  if (routing != NULL && g_str_equal (routing, "elbow"))
    el->elbowed = TRUE;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Elements                                                                */

static gboolean
read_box (BrJsonReader *reader,
          JsonObject   *object,
          ExElement    *el,
          GError      **error)
{
  if (!br_json_reader_get_double (reader, object, "width", BR_JSON_REQUIRED,
                                  -BR_BOARD_MAX_SIZE, BR_BOARD_MAX_SIZE, &el->width, error) ||
      !br_json_reader_get_double (reader, object, "height", BR_JSON_REQUIRED,
                                  -BR_BOARD_MAX_SIZE, BR_BOARD_MAX_SIZE, &el->height, error))
    return FALSE;
  /* Excalidraw flips a box drawn backwards */
  if (el->width < 0)
    {
      el->x += el->width;
      el->width = -el->width;
    }
  if (el->height < 0)
    {
      el->y += el->height;
      el->height = -el->height;
    }
  return TRUE;
}

/**
 * _br_excalidraw_read_element:
 * @element: an element whose @type and @id the caller has read
 *
 * Checks and reads what the import uses of a live element of a kind it
 * shows.
 */
gboolean
_br_excalidraw_read_element (BrJsonReader *reader,
                             JsonObject   *object,
                             ExElement    *el,
                             GError      **error)
{
  gboolean polygon = FALSE;

  if (!br_json_reader_get_double (reader, object, "x", BR_JSON_REQUIRED, -MAX_COORD, MAX_COORD, &el->x, error) ||
      !br_json_reader_get_double (reader, object, "y", BR_JSON_REQUIRED, -MAX_COORD, MAX_COORD, &el->y, error) ||
      !read_angle (reader, object, el, error) ||
      !read_style (reader, object, el, error) ||
      !read_bound_elements (reader, object, el, error) ||
      !read_custom_data (reader, object, el, error))
    return FALSE;

  switch (el->type)
    {
    case EX_TEXT:
      {
        const char *original;

        el->font_size = 20;
        if (!read_box (reader, object, el, error) ||
            !get_text (reader, object, "text", BR_JSON_REQUIRED, &el->text, error) ||
            !get_text (reader, object, "originalText", BR_JSON_OPTIONAL, &original, error) ||
            !br_json_reader_get_double (reader, object, "fontSize", BR_JSON_OPTIONAL, 0, 10000, &el->font_size, error) ||
            !get_nullable_string (reader, object, "containerId", BR_JSON_ALLOW_EMPTY, &el->container_id, error) ||
            !get_nullable_string (reader, object, "textAlign", BR_JSON_ALLOW_EMPTY, &el->text_align, error))
          return FALSE;
        /* "text" is wrapped to the box; "originalText" is what was typed */
        if (original != NULL && original[0] != '\0')
          el->text = original;
        return TRUE;
      }

    case EX_ARROW:
    case EX_LINE:
      if (!read_points (reader, object, el, 2, error) ||
          !read_arrowhead (reader, object, "startArrowhead", FALSE, &el->heads[0], error) ||
          !read_arrowhead (reader, object, "endArrowhead", el->type == EX_ARROW, &el->heads[1], error) ||
          !br_json_reader_get_boolean (reader, object, "polygon", BR_JSON_OPTIONAL, &polygon, error))
        return FALSE;
      if (el->type == EX_ARROW)
        {
          gboolean elbowed = FALSE;

          if (!br_json_reader_get_boolean (reader, object, "elbowed", BR_JSON_OPTIONAL, &elbowed, error) ||
              !read_binding (reader, object, "startBinding", &el->binding[0], error) ||
              !read_binding (reader, object, "endBinding", &el->binding[1], error))
            return FALSE;
          el->elbowed |= elbowed;
        }
      el->closed = polygon;
      return TRUE;

    case EX_FREEDRAW:
      return read_points (reader, object, el, 1, error);

    case EX_RECTANGLE:
    case EX_ELLIPSE:
    case EX_DIAMOND:
    default:
      return read_box (reader, object, el, error);
    }
}

/* The strings an element read points at are in its tree, which is freed
 * before the next element is parsed: they are copied */
static void
own_strings (ExElement *el)
{
  const char **strings[] = {
    &el->id, &el->stroke_color, &el->background, &el->fill_style, &el->stroke_style,
    &el->text, &el->container_id, &el->text_align, &el->binding[0], &el->binding[1], &el->part_of, &el->custom_group,
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    *strings[i] = g_strdup (*strings[i]);
}

void
_br_excalidraw_element_clear (ExElement *el)
{
  const char **strings[] = {
    &el->id, &el->stroke_color, &el->background, &el->fill_style, &el->stroke_style,
    &el->text, &el->container_id, &el->text_align, &el->binding[0], &el->binding[1], &el->part_of, &el->custom_group,
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      g_free ((char *) *strings[i]);
      *strings[i] = NULL;
    }
  g_clear_pointer (&el->group_ids, g_strfreev);
  g_clear_pointer (&el->bound_texts, g_ptr_array_unref);
  g_clear_pointer (&el->points, g_free);
  g_clear_pointer (&el->component, br_component_free);
  g_clear_pointer (&el->estimate, br_item_estimate_free);
}

/* ---------------------------------------------------------------------- */
/* The document                                                            */

static const struct {
  const char *name;
  int type;               /* an ExType, or -1 - a BrExcalidrawSkipped */
} element_types[] = {
  { "rectangle", EX_RECTANGLE },
  { "ellipse", EX_ELLIPSE },
  { "diamond", EX_DIAMOND },
  { "text", EX_TEXT },
  { "arrow", EX_ARROW },
  { "line", EX_LINE },
  { "draw", EX_LINE },      /* the old name of "line" */
  { "freedraw", EX_FREEDRAW },
  { "image", -1 - BR_EXCALIDRAW_SKIPPED_IMAGE },
  { "frame", -1 - BR_EXCALIDRAW_SKIPPED_FRAME },
  { "magicframe", -1 - BR_EXCALIDRAW_SKIPPED_FRAME },
  { "embeddable", -1 - BR_EXCALIDRAW_SKIPPED_EMBED },
  { "iframe", -1 - BR_EXCALIDRAW_SKIPPED_EMBED },
};

static int
classify (const char *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (element_types); i++)
    if (g_str_equal (type, element_types[i].name))
      return element_types[i].type;
  return -1 - BR_EXCALIDRAW_SKIPPED_OTHER;
}

static gboolean
read_header (BrJsonReader *reader,
             JsonObject   *root,
             GError      **error)
{
  const char *type;
  gint64 version = EXCALIDRAW_VERSION;

  if (!br_json_reader_get_string (reader, root, "type", BR_JSON_REQUIRED, &type, error))
    return FALSE;
  if (!g_str_equal (type, EXCALIDRAW_FILE_TYPE) && !g_str_equal (type, EXCALIDRAW_CLIPBOARD_TYPE))
    return br_json_reader_fail_member (reader, error, "type", BR_DOC_ERROR_FORMAT,
                                       _("this is a “%s” document, not an Excalidraw drawing"), type);
  if (!br_json_reader_get_int (reader, root, "version", BR_JSON_OPTIONAL, G_MININT64, G_MAXINT64, &version, error))
    return FALSE;
  if (version < 1 || version > EXCALIDRAW_VERSION)
    {
      g_autofree char *v = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      return br_json_reader_fail_member (reader, error, "version", BR_DOC_ERROR_VERSION,
                                         _("the drawing uses Excalidraw format version %s; Bar Raiser reads version %d"),
                                         v, EXCALIDRAW_VERSION);
    }
  return TRUE;
}

/* Reads element @i of the list into @el, with copies of its strings;
 * *@kept is FALSE for one left out */
static gboolean
read_entry (BrJsonReader       *reader,
            guint               i,
            GHashTable         *ids,
            ExElement          *el,
            gboolean           *kept,
            BrExcalidrawReport *report,
            GError            **error)
{
  JsonObject *object;
  const char *type, *id;
  gboolean deleted = FALSE, ok;
  int kind;

  *kept = FALSE;
  if (!br_json_reader_get_list_object (reader, i, &object, error))
    return FALSE;

  ok = br_json_reader_get_boolean (reader, object, "isDeleted", BR_JSON_OPTIONAL, &deleted, error);
  if (ok && deleted)
    {
      report->deleted++;
      br_json_reader_pop (reader);
      return TRUE;
    }
  ok = ok && br_json_reader_get_string (reader, object, "type", BR_JSON_REQUIRED, &type, error) &&
       br_json_reader_get_string (reader, object, "id", BR_JSON_REQUIRED, &id, error);
  if (ok && g_hash_table_contains (ids, id))
    ok = br_json_reader_fail_member (reader, error, "id", BR_DOC_ERROR_DUPLICATE_ID,
                                     _("the id “%s” is already used earlier in the drawing"), id);
  else if (ok)
    g_hash_table_add (ids, g_strdup (id));
  if (ok)
    {
      kind = classify (type);
      if (kind < 0)
        report->skipped[-1 - kind]++;
      else
        {
          el->index = i;
          el->type = kind;
          el->id = id;
          ok = _br_excalidraw_read_element (reader, object, el, error);
          *kept = ok;
        }
    }
  own_strings (el);
  br_json_reader_pop (reader);
  return ok;
}

/**
 * br_excalidraw_parse:
 * @bytes: an Excalidraw drawing (.excalidraw), or what Excalidraw copies
 *   to the clipboard
 * @report: (out caller-allocates) (optional): what the import left out or
 *   could not keep as it was
 * @error: return location for a #BR_DOC_ERROR, whose message starts with
 *   "LINE:COLUMN: JSON-PATH: " where the document has a place
 *
 * Reads the drawing into a new board: rectangles, ellipses and diamonds
 * become shapes (a rounded rectangle when it has "roundness"), text becomes
 * text or the label of its container, arrows and lines with two points
 * arrows (bound to the items their bindings name, when those are on the
 * board), lines with more points and freehand drawings strokes, and the
 * outermost group of an element its group. Our own compound shapes
 * (br_excalidraw_to_bytes()) come back as the items they were written from.
 *
 * Returns: (transfer full) (nullable): the board, with an empty history
 */
BrBoard *
br_excalidraw_parse (GBytes             *bytes,
                     BrExcalidrawReport *report,
                     GError            **error)
{
  g_autoptr(BrJsonReader) reader = NULL;
  g_autoptr(GArray) elements = NULL;
  g_autoptr(GHashTable) ids = NULL;
  BrExcalidrawReport local_report;
  JsonObject *root;
  guint length;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (report == NULL)
    report = &local_report;
  memset (report, 0, sizeof *report);

  /* The elements, most of a drawing, are parsed one at a time */
  reader = br_json_reader_new_limited (bytes, &drawing_limits, "elements", error);
  if (reader == NULL)
    return NULL;
  root = br_json_reader_get_root (reader);

  if (!read_header (reader, root, error) ||
      !br_json_reader_get_list (reader, 0, BR_BOARD_MAX_ITEMS, &length, error))
    return NULL;

  elements = g_array_sized_new (FALSE, TRUE, sizeof (ExElement), length);
  g_array_set_clear_func (elements, (GDestroyNotify) _br_excalidraw_element_clear);
  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  br_json_reader_push_member (reader, "elements");
  for (guint i = 0; i < length; i++)
    {
      ExElement el = { 0 };
      gboolean kept;

      if (!read_entry (reader, i, ids, &el, &kept, report, error))
        {
          _br_excalidraw_element_clear (&el);
          return NULL;
        }
      if (kept)
        g_array_append_val (elements, el);
    }
  br_json_reader_pop (reader);

  return _br_excalidraw_import (elements, report);
}
