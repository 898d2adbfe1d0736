/* br-json-write.c
 *
 * Every file Bar Raiser writes is JSON written here: json-glib's
 * generator writes some doubles as invalid JSON ("1e-13.0"), and it is
 * several times slower on a large board. The board and drawing writers
 * build their text member by member; the stores and the draft info file
 * write a JsonNode tree with br_json_write_node().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include <json-glib/json-glib.h>

#include "br-json-write.h"

/**
 * br_json_write_string:
 * @value: UTF-8 text
 *
 * Appends @value to @out as a JSON string, quoted and escaped.
 */
void
br_json_write_string (GString    *out,
                      const char *value)
{
  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

/**
 * br_json_write_double:
 *
 * Appends the shortest text that reads back to the same double, always
 * valid JSON (g_ascii_dtostr() writes "1e-13", never "1e-13.0"); -0 and
 * what is not a finite number are written as 0.
 */
void
br_json_write_double (GString *out,
                      double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == 0 || !isfinite (value))
    value = 0;
  g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, value));
}

static void
write_indent (GString *out,
              guint    indent,
              guint    level)
{
  if (indent == 0)
    return;
  g_string_append_c (out, '\n');
  for (guint i = 0; i < indent * level; i++)
    g_string_append_c (out, ' ');
}

static void
write_node (GString  *out,
            JsonNode *node,
            guint     indent,
            guint     level)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonObjectIter iter;
        const char *member;
        JsonNode *value;
        gboolean first = TRUE;

        g_string_append_c (out, '{');
        json_object_iter_init_ordered (&iter, object);
        while (json_object_iter_next_ordered (&iter, &member, &value))
          {
            if (!first)
              g_string_append_c (out, ',');
            first = FALSE;
            write_indent (out, indent, level + 1);
            br_json_write_string (out, member);
            g_string_append (out, indent > 0 ? " : " : ":");
            write_node (out, value, indent, level + 1);
          }
        if (!first)
          write_indent (out, indent, level);
        g_string_append_c (out, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            write_indent (out, indent, level + 1);
            write_node (out, json_array_get_element (array, i), indent, level + 1);
          }
        if (n > 0)
          write_indent (out, indent, level);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          br_json_write_double (out, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_STRING:
          br_json_write_string (out, json_node_get_string (node));
          break;
        default:
          g_assert_not_reached ();
        }
      break;

    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

/**
 * br_json_write_node:
 * @node: a JSON tree, as built with JsonBuilder
 * @indent: spaces per level, or 0 for one line
 *
 * Appends @node to @out as JSON text, objects' members in the order they
 * were added, followed by a newline when @indent is not 0.
 */
void
br_json_write_node (GString  *out,
                    JsonNode *node,
                    guint     indent)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (node != NULL);

  write_node (out, node, indent, 0);
  if (indent > 0)
    g_string_append_c (out, '\n');
}

/**
 * br_json_node_to_bytes:
 *
 * Returns: (transfer full): @node as JSON text (see br_json_write_node())
 */
GBytes *
br_json_node_to_bytes (JsonNode *node,
                       guint     indent)
{
  GString *out = g_string_new (NULL);

  br_json_write_node (out, node, indent);
  return g_string_free_to_bytes (out);
}
