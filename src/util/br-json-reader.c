/* br-json-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-json"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "br-json-parse.h"
#include "br-json-reader-private.h"

/* ---------------------------------------------------------------------- */
/* Paths                                                                   */

static gboolean
is_plain_member (const char *member)
{
  if (*member == '\0' || g_ascii_isdigit (*member))
    return FALSE;
  for (const char *p = member; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

static void
append_quoted (GString    *out,
               const char *s)
{
  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

char *
br_json_reader_dup_path (BrJsonReader *self)
{
  GString *out = g_string_new ("$");

  for (guint i = 0; i < self->path->len; i++)
    {
      const Segment *seg = &g_array_index (self->path, Segment, i);

      if (seg->member == NULL)
        g_string_append_printf (out, "[%u]", seg->index);
      else if (is_plain_member (seg->member))
        g_string_append_printf (out, ".%s", seg->member);
      else
        {
          g_string_append_c (out, '[');
          append_quoted (out, seg->member);
          g_string_append_c (out, ']');
        }
    }

  return g_string_free (out, FALSE);
}

void
br_json_reader_push_member (BrJsonReader *self,
                            const char   *member)
{
  Segment seg = { member, 0 };
  g_array_append_val (self->path, seg);
}

void
br_json_reader_push_index (BrJsonReader *self,
                           guint         index)
{
  Segment seg = { NULL, index };
  g_array_append_val (self->path, seg);
}

void
br_json_reader_pop (BrJsonReader *self)
{
  g_return_if_fail (self->path->len > 0);
  g_array_set_size (self->path, self->path->len - 1);
}

/* ---------------------------------------------------------------------- */
/* Failing                                                                 */

static gboolean
fail_valist (BrJsonReader *self,
             GError      **error,
             BrDocError    code,
             const char   *format,
             va_list       args)
{
  g_autofree char *path = br_json_reader_dup_path (self);
  g_autofree char *what = g_strdup_vprintf (format, args);
  gsize length;
  const char *text = g_bytes_get_data (self->bytes, &length);
  guint line, column;

  br_json_locate (text, length, path, &line, &column);
  g_set_error (error, BR_DOC_ERROR, code, "%u:%u: %s: %s", line, column, path, what);
  return FALSE;
}

/**
 * br_json_reader_fail:
 *
 * Sets @error for the value at the current path.
 *
 * Returns: %FALSE, so that a loader can `return br_json_reader_fail (...)`
 */
gboolean
br_json_reader_fail (BrJsonReader *self,
                     GError      **error,
                     BrDocError    code,
                     const char   *format,
                     ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (self, error, code, format, args);
  va_end (args);
  return FALSE;
}

/**
 * br_json_reader_fail_member:
 *
 * Like br_json_reader_fail() for @member of the current object.
 */
gboolean
br_json_reader_fail_member (BrJsonReader *self,
                            GError      **error,
                            const char   *member,
                            BrDocError    code,
                            const char   *format,
                            ...)
{
  va_list args;

  br_json_reader_push_member (self, member);
  va_start (args, format);
  fail_valist (self, error, code, format, args);
  va_end (args);
  br_json_reader_pop (self);
  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* Construction                                                            */

/**
 * br_json_reader_new:
 * @bytes: the document
 * @max_size: the largest document accepted, in bytes
 * @error: return location for a #BR_DOC_ERROR
 *
 * br_json_reader_new_limited() with %BR_JSON_LIMITS_DEFAULT for a
 * document of at most @max_size bytes, and no list.
 *
 * Returns: (transfer full) (nullable): the reader
 */
BrJsonReader *
br_json_reader_new (GBytes  *bytes,
                    gsize    max_size,
                    GError **error)
{
  BrJsonLimits limits = BR_JSON_LIMITS_DEFAULT;

  limits.max_length = max_size;
  return br_json_reader_new_limited (bytes, &limits, NULL, error);
}

/**
 * br_json_reader_new_with_list:
 *
 * br_json_reader_new_limited() with %BR_JSON_LIMITS_DEFAULT for a
 * document of at most @max_size bytes.
 *
 * Returns: (transfer full) (nullable): the reader
 */
BrJsonReader *
br_json_reader_new_with_list (GBytes      *bytes,
                              gsize        max_size,
                              const char  *list,
                              GError     **error)
{
  BrJsonLimits limits = BR_JSON_LIMITS_DEFAULT;

  limits.max_length = max_size;
  return br_json_reader_new_limited (bytes, &limits, list, error);
}

/**
 * br_json_reader_new_limited:
 * @bytes: the document
 * @limits: the budget of each parse: the document's, and each element's
 *   of @list (see br_json_parse_full())
 * @list: (nullable): the name of a member of the root object that holds a
 *   long list of objects
 * @error: return location for a #BR_DOC_ERROR
 *
 * Checks size and encoding, parses strictly within @limits (see
 * br_json_parse_full()), and requires an object at the root.
 *
 * With @list, the elements of the list in the root's member @list are
 * parsed one at a time, when they are read with
 * br_json_reader_get_list_object(), each within @limits: the tree of a
 * long list, which costs more than all the rest of loading it, is never
 * built whole. The whole document is still checked first. The list is not
 * part of the root object the reader returns; br_json_reader_get_list()
 * checks it.
 *
 * Returns: (transfer full) (nullable): the reader
 */
BrJsonReader *
br_json_reader_new_limited (GBytes              *bytes,
                            const BrJsonLimits  *limits,
                            const char          *list,
                            GError             **error)
{
  g_autoptr(GArray) spans = NULL;
  g_autoptr(BrJsonReader) self = NULL;
  const char *text;
  const char *invalid = NULL;
  gsize length;
  JsonNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (limits != NULL, NULL);

  text = g_bytes_get_data (bytes, &length);
  if (length > limits->max_length)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_LONG_FORMAT);
      g_autofree char *limit = g_format_size (limits->max_length);

      g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE,
                   _("the file is %s; files larger than %s are refused"), size, limit);
      return NULL;
    }

  if (length > 0 && !g_utf8_validate (text, length, &invalid))
    {
      guint line, column;

      br_doc_locate_byte (text, length, invalid, &line, &column);
      g_set_error (error, BR_DOC_ERROR, BR_DOC_ERROR_INVALID_UTF8,
                   _("%u:%u: the text is not valid UTF-8 (byte 0x%02x)"),
                   line, column, (guint) (guchar) *invalid);
      return NULL;
    }

  root = br_json_parse_full (length ? text : "", length, limits, list, &spans, error);
  if (root == NULL)
    return NULL;

  self = g_new0 (BrJsonReader, 1);
  self->bytes = g_bytes_ref (bytes);
  self->root_node = root;
  self->limits = *limits;
  self->list = g_strdup (list);
  self->spans = g_steal_pointer (&spans);
  self->path = g_array_new (FALSE, FALSE, sizeof (Segment));
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      br_json_reader_fail (self, error, BR_DOC_ERROR_TYPE,
                           _("expected an object at the top level"));
      return NULL;
    }

  self->root = json_node_get_object (root);
  return g_steal_pointer (&self);
}

void
br_json_reader_free (BrJsonReader *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->path, g_array_unref);
  g_clear_pointer (&self->element, json_node_unref);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->list, g_free);
  g_clear_pointer (&self->root_node, json_node_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self);
}

JsonObject *
br_json_reader_get_root (BrJsonReader *self)
{
  return self->root;
}

/* ---------------------------------------------------------------------- */
/* Typed access                                                            */

static const char *
node_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY: return _("a list");
    case JSON_NODE_NULL: return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING: return _("a string");
        case G_TYPE_BOOLEAN: return _("true or false");
        case G_TYPE_INT64: return _("a whole number");
        default: return _("a number");
        }
    }
}

/* Returns the member's node, NULL when an optional member is absent, or
 * NULL with @error set. */
static JsonNode *
get_member (BrJsonReader *self,
            JsonObject   *object,
            const char   *member,
            BrJsonFlags   flags,
            gboolean     *ok,
            GError      **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *ok = TRUE;
  if (node == NULL && !(flags & BR_JSON_OPTIONAL))
    {
      *ok = br_json_reader_fail (self, error, BR_DOC_ERROR_MISSING,
                                 _("the required field “%s” is missing"), member);
    }
  return node;
}

static gboolean
wrong_type (BrJsonReader *self,
            GError      **error,
            const char   *member,
            JsonNode     *node,
            const char   *expected)
{
  return br_json_reader_fail_member (self, error, member, BR_DOC_ERROR_TYPE,
                                     _("expected %s but found %s"),
                                     expected, node_type_name (node));
}

gboolean
br_json_reader_check_members (BrJsonReader        *self,
                              JsonObject          *object,
                              const char * const  *allowed,
                              GError             **error)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, &node))
    {
      const char * const *a;

      /* g_strv_contains(), without a call for each name that cannot match */
      for (a = allowed; *a != NULL; a++)
        if (**a == *member && strcmp (*a, member) == 0)
          break;
      if (*a == NULL)
        return br_json_reader_fail_member (self, error, member, BR_DOC_ERROR_UNKNOWN_FIELD,
                                           _("“%s” is not a field of this object"), member);
    }
  return TRUE;
}

gboolean
br_json_reader_get_object (BrJsonReader *self,
                           JsonObject   *object,
                           const char   *member,
                           BrJsonFlags   flags,
                           JsonObject  **out,
                           GError      **error)
{
  gboolean ok;
  JsonNode *node = get_member (self, object, member, flags, &ok, error);

  *out = NULL;
  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (self, error, member, node, _("an object"));
  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
check_length (BrJsonReader *self,
              const char   *member,
              guint         length,
              guint         min_length,
              guint         max_length,
              GError      **error)
{
  if (length == 0 && min_length > 0)
    return br_json_reader_fail_member (self, error, member, BR_DOC_ERROR_EMPTY,
                                       _("the list is empty"));
  if (length < min_length || length > max_length)
    return br_json_reader_fail_member (self, error, member, BR_DOC_ERROR_RANGE,
                                       _("the list has %u entries; it must have between %u and %u"),
                                       length, min_length, max_length);
  return TRUE;
}

gboolean
br_json_reader_get_array (BrJsonReader *self,
                          JsonObject   *object,
                          const char   *member,
                          BrJsonFlags   flags,
                          guint         min_length,
                          guint         max_length,
                          JsonArray   **out,
                          GError      **error)
{
  gboolean ok;
  JsonNode *node = get_member (self, object, member, flags, &ok, error);
  guint length;

  *out = NULL;
  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (self, error, member, node, _("a list"));

  length = json_array_get_length (json_node_get_array (node));
  if (!check_length (self, member, length, min_length, max_length, error))
    return FALSE;
  *out = json_node_get_array (node);
  return TRUE;
}

/* Pops the index pushed by the caller when @node is not an object */
static gboolean
element_object (BrJsonReader *self,
                JsonNode     *node,
                JsonObject  **out,
                GError      **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      br_json_reader_fail (self, error, BR_DOC_ERROR_TYPE,
                           _("expected an object but found %s"), node_type_name (node));
      br_json_reader_pop (self);
      *out = NULL;
      return FALSE;
    }
  *out = json_node_get_object (node);
  return TRUE;
}

/**
 * br_json_reader_get_element_object:
 *
 * Reads element @index of @array as an object. On success the element's
 * index has been pushed onto the path; the caller pops it when done.
 */
gboolean
br_json_reader_get_element_object (BrJsonReader *self,
                                   JsonArray    *array,
                                   guint         index,
                                   JsonObject  **out,
                                   GError      **error)
{
  br_json_reader_push_index (self, index);
  return element_object (self, json_array_get_element (array, index), out, error);
}

/**
 * br_json_reader_has_list:
 *
 * Returns: %TRUE if the root of a reader made with
 *   br_json_reader_new_limited() has its list member, whatever it holds
 */
gboolean
br_json_reader_has_list (BrJsonReader *self)
{
  g_return_val_if_fail (self->list != NULL, FALSE);

  return self->spans != NULL || json_object_has_member (self->root, self->list);
}

/**
 * br_json_reader_get_list:
 * @out_length: (out): the number of elements
 *
 * Checks the list of a reader made with br_json_reader_new_with_list(): it
 * is required, and its length must be within @min_length and @max_length.
 */
gboolean
br_json_reader_get_list (BrJsonReader *self,
                         guint         min_length,
                         guint         max_length,
                         guint        *out_length,
                         GError      **error)
{
  JsonArray *array;

  g_return_val_if_fail (self->list != NULL, FALSE);

  *out_length = 0;
  if (self->spans == NULL)
    {
      /* Absent, or not a list: the tree has what there is to say */
      if (!br_json_reader_get_array (self, self->root, self->list, BR_JSON_REQUIRED,
                                     min_length, max_length, &array, error))
        return FALSE;
      g_return_val_if_reached (FALSE);
    }
  if (!check_length (self, self->list, self->spans->len, min_length, max_length, error))
    return FALSE;
  *out_length = self->spans->len;
  return TRUE;
}

/**
 * br_json_reader_get_list_object:
 * @out: (out) (transfer none): the element, valid until the next call or
 *   until the reader is freed
 *
 * Parses element @index of the list of a reader made with
 * br_json_reader_new_with_list() and reads it as an object. On success the
 * element's index has been pushed onto the path; the caller pops it when
 * done, as after br_json_reader_get_element_object().
 */
gboolean
br_json_reader_get_list_object (BrJsonReader *self,
                                guint         index,
                                JsonObject  **out,
                                GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  const BrJsonSpan *span;
  const char *text;

  g_return_val_if_fail (self->spans != NULL && index < self->spans->len, FALSE);

  span = &g_array_index (self->spans, BrJsonSpan, index);
  text = g_bytes_get_data (self->bytes, NULL);
  g_clear_pointer (&self->element, json_node_unref);
  /* Checked once already, as part of the whole document; built with a
   * budget of its own */
  self->element = br_json_parse_full (text + span->offset, span->length, &self->limits,
                                      NULL, NULL, &local_error);
  br_json_reader_push_index (self, index);
  if (self->element == NULL)
    {
      const char *what = local_error->message;
      guint line, column;
      int n = 0;

      /* Over its budget: said at the element, without the place inside
       * it that the parser counted from the element's start */
      if (sscanf (what, "%u:%u: %n", &line, &column, &n) == 2 && n > 0)
        what += n;
      *out = NULL;
      br_json_reader_fail (self, error, local_error->code, "%s", what);
      br_json_reader_pop (self);
      return FALSE;
    }
  return element_object (self, self->element, out, error);
}

static gboolean
check_string (BrJsonReader *self,
              JsonNode     *node,
              BrJsonFlags   flags,
              const char  **out,
              GError      **error)
{
  const char *value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return br_json_reader_fail (self, error, BR_DOC_ERROR_TYPE,
                                _("expected a string but found %s"), node_type_name (node));

  value = json_node_get_string (node);
  if (*value == '\0' && !(flags & BR_JSON_ALLOW_EMPTY))
    return br_json_reader_fail (self, error, BR_DOC_ERROR_EMPTY, _("the text is empty"));
  if (g_utf8_strlen (value, -1) > BR_JSON_MAX_STRING)
    return br_json_reader_fail (self, error, BR_DOC_ERROR_RANGE,
                                _("the text is longer than %d characters"), BR_JSON_MAX_STRING);
  *out = value;
  return TRUE;
}

gboolean
br_json_reader_get_string (BrJsonReader *self,
                           JsonObject   *object,
                           const char   *member,
                           BrJsonFlags   flags,
                           const char  **out,
                           GError      **error)
{
  gboolean ok;
  JsonNode *node = get_member (self, object, member, flags, &ok, error);

  *out = NULL;
  if (node == NULL)
    return ok;

  br_json_reader_push_member (self, member);
  ok = check_string (self, node, flags, out, error);
  br_json_reader_pop (self);
  return ok;
}

gboolean
br_json_reader_get_choice (BrJsonReader        *self,
                           JsonObject          *object,
                           const char          *member,
                           const char * const  *choices,
                           guint               *out,
                           GError             **error)
{
  const char *value;
  g_autofree char *list = NULL;

  if (!br_json_reader_get_string (self, object, member, BR_JSON_REQUIRED, &value, error))
    return FALSE;

  for (guint i = 0; choices[i]; i++)
    if (strcmp (choices[i], value) == 0)
      {
        *out = i;
        return TRUE;
      }

  list = g_strjoinv ("”, “", (char **) choices);
  return br_json_reader_fail_member (self, error, member, BR_DOC_ERROR_INVALID_VALUE,
                                     _("“%s” is not one of “%s”"), value, list);
}

gboolean
br_json_reader_get_int (BrJsonReader *self,
                        JsonObject   *object,
                        const char   *member,
                        BrJsonFlags   flags,
                        gint64        min,
                        gint64        max,
                        gint64       *out,
                        GError      **error)
{
  gboolean ok;
  JsonNode *node = get_member (self, object, member, flags, &ok, error);
  gint64 value;

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return wrong_type (self, error, member, node, _("a whole number"));

  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      g_autofree char *v = g_strdup_printf ("%" G_GINT64_FORMAT, value);
      g_autofree char *lo = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *hi = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      return br_json_reader_fail_member (self, error, member, BR_DOC_ERROR_RANGE,
                                         _("%s is outside the allowed range %s–%s"), v, lo, hi);
    }
  *out = value;
  return TRUE;
}

gboolean
br_json_reader_get_double (BrJsonReader *self,
                           JsonObject   *object,
                           const char   *member,
                           BrJsonFlags   flags,
                           double        min,
                           double        max,
                           double       *out,
                           GError      **error)
{
  gboolean ok;
  JsonNode *node = get_member (self, object, member, flags, &ok, error);
  double value;

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return wrong_type (self, error, member, node, _("a number"));

  value = json_node_get_double (node);
  if (!isfinite (value) || value < min || value > max)
    return br_json_reader_fail_member (self, error, member, BR_DOC_ERROR_RANGE,
                                       _("%g is outside the allowed range %g–%g"),
                                       value, min, max);
  *out = value;
  return TRUE;
}

gboolean
br_json_reader_get_boolean (BrJsonReader *self,
                            JsonObject   *object,
                            const char   *member,
                            BrJsonFlags   flags,
                            gboolean     *out,
                            GError      **error)
{
  gboolean ok;
  JsonNode *node = get_member (self, object, member, flags, &ok, error);

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return wrong_type (self, error, member, node, _("true or false"));
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
br_json_reader_get_strv (BrJsonReader *self,
                         JsonObject   *object,
                         const char   *member,
                         BrJsonFlags   flags,
                         guint         min_length,
                         guint         max_length,
                         GStrv        *out,
                         GError      **error)
{
  JsonArray *array;
  g_autoptr(GStrvBuilder) builder = NULL;
  guint length;

  *out = NULL;
  if (!br_json_reader_get_array (self, object, member, flags, min_length, max_length, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  builder = g_strv_builder_new ();
  length = json_array_get_length (array);
  br_json_reader_push_member (self, member);
  for (guint i = 0; i < length; i++)
    {
      const char *value;
      gboolean ok;

      br_json_reader_push_index (self, i);
      ok = check_string (self, json_array_get_element (array, i), flags, &value, error);
      br_json_reader_pop (self);
      if (!ok)
        {
          br_json_reader_pop (self);
          return FALSE;
        }
      g_strv_builder_add (builder, value);
    }
  br_json_reader_pop (self);

  *out = g_strv_builder_end (builder);
  return TRUE;
}
