/* fuzz-json-parse.c — libFuzzer target for br_json_parse()
 *
 * Whatever the bytes, the parser returns a sealed tree or a located syntax
 * or budget error ("LINE:COLUMN: what", both at least 1); it must not
 * crash, leak, read out of bounds or recurse without bound. Parsing with a
 * deferred list (what the board loader does) and the shallow parse (what
 * tells a board from a drawing) accept and refuse exactly the same texts,
 * and each element the first recorded parses on its own to the element the
 * whole tree holds. Within a small budget, a text is either the same tree
 * or refused as too large.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "br-doc-error.h"
#include "br-json-parse.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_located (const GError *error,
               gsize         size)
{
  guint line = 0, column = 0;

  g_assert (error != NULL);
  g_assert (error->domain == BR_DOC_ERROR &&
            (error->code == BR_DOC_ERROR_SYNTAX || error->code == BR_DOC_ERROR_TOO_LARGE));
  g_assert (sscanf (error->message, "%u:%u: ", &line, &column) == 2);
  g_assert (line >= 1 && line <= size + 1);
  g_assert (column >= 1 && column <= size + 1);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = (const char *) data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) list_error = NULL;
  g_autoptr(GError) shallow_error = NULL;
  g_autoptr(GError) small_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) list_root = NULL;
  g_autoptr(JsonNode) shallow = NULL;
  g_autoptr(JsonNode) small = NULL;
  BrJsonLimits limits = { G_MAXSIZE - 1, 4, 20, 4096 };
  g_autoptr(GArray) spans = NULL;
  JsonArray *items;

  root = br_json_parse (text, size, &error);
  list_root = br_json_parse_with_list (text, size, "items", &spans, &list_error);
  shallow = br_json_parse_shallow (text, size, &shallow_error);
  small = br_json_parse_full (text, size, &limits, NULL, NULL, &small_error);

  if (small == NULL)
    {
      check_located (small_error, size);
      g_assert (root == NULL || small_error->code == BR_DOC_ERROR_TOO_LARGE);
    }
  else
    g_assert (root != NULL && json_node_equal (root, small));

  if (root == NULL)
    {
      check_located (error, size);
      g_assert (list_root == NULL && spans == NULL && shallow == NULL);
      g_assert (g_str_equal (error->message, list_error->message));
      g_assert (g_str_equal (error->message, shallow_error->message));
      return 0;
    }

  g_assert (shallow != NULL && shallow_error == NULL);
  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObjectIter iter;
      const char *member;
      JsonNode *node;

      /* The root's own values, and nothing else */
      json_object_iter_init (&iter, json_node_get_object (root));
      while (json_object_iter_next (&iter, &member, &node))
        {
          JsonNode *kept = json_object_get_member (json_node_get_object (shallow), member);

          if (JSON_NODE_HOLDS_OBJECT (node) || JSON_NODE_HOLDS_ARRAY (node))
            g_assert (kept == NULL);
          else
            g_assert (kept != NULL && json_node_equal (kept, node));
        }
    }
  else
    g_assert (json_node_equal (root, shallow));

  g_assert (error == NULL && list_root != NULL && list_error == NULL);
  g_assert (json_node_is_immutable (root) && json_node_is_immutable (list_root));
  if (spans == NULL)
    {
      g_assert (json_node_equal (root, list_root));
      return 0;
    }

  /* The list is left out of the tree, and its elements are where it says */
  g_assert (JSON_NODE_HOLDS_OBJECT (root));
  g_assert (!json_object_has_member (json_node_get_object (list_root), "items"));
  items = json_object_get_array_member (json_node_get_object (root), "items");
  g_assert (items != NULL && json_array_get_length (items) == spans->len);
  for (guint i = 0; i < spans->len; i++)
    {
      const BrJsonSpan *span = &g_array_index (spans, BrJsonSpan, i);
      g_autoptr(GError) element_error = NULL;
      g_autoptr(JsonNode) element = NULL;

      g_assert (span->offset + span->length <= size);
      element = br_json_parse (text + span->offset, span->length, &element_error);
      g_assert (element != NULL && element_error == NULL);
      g_assert (json_node_equal (element, json_array_get_element (items, i)));
    }
  return 0;
}
