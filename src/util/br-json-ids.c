/* br-json-ids.c — what identifies a document and its entries: the
 * format header every Bar Raiser document starts with, the ids a
 * document defines and the references to them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-json"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-ids.h"
#include "br-json-reader-private.h"

/**
 * br_json_reader_define_id:
 * @prefix: the collection, with its slash ("questions/")
 *
 * Reads the "id" member of @object, checks it is `prefix` + a slug, and
 * that no other object of the document defined it before.
 */
gboolean
br_json_reader_define_id (BrJsonReader *self,
                          JsonObject   *object,
                          const char   *prefix,
                          const char  **out,
                          GError      **error)
{
  const char *id;

  if (!br_json_reader_get_string (self, object, "id", BR_JSON_REQUIRED, &id, error))
    return FALSE;

  if (!g_str_has_prefix (id, prefix) || !br_id_is_slug (id + strlen (prefix)))
    return br_json_reader_fail_member (self, error, "id", BR_DOC_ERROR_INVALID_ID,
                                       _("“%s” is not a valid id: expected “%s” followed by lowercase letters, digits and single hyphens"),
                                       id, prefix);

  /* A copy: the element that holds it may be freed before the document
   * is read to the end (br_json_reader_get_list_object()) */
  if (g_hash_table_contains (self->ids, id))
    return br_json_reader_fail_member (self, error, "id", BR_DOC_ERROR_DUPLICATE_ID,
                                       _("the id “%s” is already used earlier in the file"), id);
  g_hash_table_add (self->ids, g_strdup (id));

  *out = id;
  return TRUE;
}

gboolean
br_json_reader_has_id (BrJsonReader *self,
                       const char   *id)
{
  return g_hash_table_contains (self->ids, id);
}

/**
 * br_json_reader_check_refs:
 *
 * Checks that the optional list @member of @object only names ids with
 * @prefix that the document has defined already.
 */
gboolean
br_json_reader_check_refs (BrJsonReader *self,
                           JsonObject   *object,
                           const char   *member,
                           const char   *prefix,
                           GError      **error)
{
  g_auto(GStrv) refs = NULL;

  if (!br_json_reader_get_strv (self, object, member, BR_JSON_OPTIONAL, 0, 64, &refs, error))
    return FALSE;

  for (guint i = 0; refs && refs[i]; i++)
    {
      if (!g_str_has_prefix (refs[i], prefix) || !br_json_reader_has_id (self, refs[i]))
        {
          br_json_reader_push_member (self, member);
          br_json_reader_push_index (self, i);
          br_json_reader_fail (self, error, BR_DOC_ERROR_UNKNOWN_REFERENCE,
                               _("“%s” does not name any “%s” entry of this file"),
                               refs[i], prefix);
          br_json_reader_pop (self);
          br_json_reader_pop (self);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * br_json_reader_check_format:
 *
 * Checks the "format" and "version" members that every Bar Raiser document
 * starts with.
 */
gboolean
br_json_reader_check_format (BrJsonReader *self,
                             const char   *format_name,
                             gint64        max_version,
                             gint64       *out_version,
                             GError      **error)
{
  const char *format;
  gint64 version;

  if (!br_json_reader_get_string (self, self->root, "format", BR_JSON_REQUIRED, &format, error))
    return FALSE;
  if (strcmp (format, format_name) != 0)
    return br_json_reader_fail_member (self, error, "format", BR_DOC_ERROR_FORMAT,
                                       _("this is a “%s” file, not a “%s” file"),
                                       format, format_name);

  if (!br_json_reader_get_int (self, self->root, "version", BR_JSON_REQUIRED,
                               G_MININT64, G_MAXINT64, &version, error))
    return FALSE;
  if (version < 1 || version > max_version)
    {
      g_autofree char *v = g_strdup_printf ("%" G_GINT64_FORMAT, version);
      g_autofree char *max = g_strdup_printf ("%" G_GINT64_FORMAT, max_version);

      if (version < 1)
        return br_json_reader_fail_member (self, error, "version", BR_DOC_ERROR_VERSION,
                                           _("version %s is not a valid format version"), v);
      return br_json_reader_fail_member (self, error, "version", BR_DOC_ERROR_VERSION,
                                         _("the file uses format version %s, but this version of Bar Raiser reads only up to version %s; a newer Bar Raiser wrote it"),
                                         v, max);
    }
  if (out_version)
    *out_version = version;
  return TRUE;
}
