/* br-json-reader.h — strict, located reading of JSON documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "br-doc-error.h"
#include "br-json-parse.h"

G_BEGIN_DECLS

/**
 * BrJsonReader:
 *
 * Wraps a parsed JSON document for a loader that must never trust it. The
 * reader keeps the path of the value being read ("$.questions[3].title"),
 * and every failure it reports says where: the line and column of the value
 * (found again in the original text only when something fails, so the happy
 * path costs nothing) and its JSON path. It also keeps the set of ids the
 * document defines, so duplicates and dangling references are caught.
 */
typedef struct _BrJsonReader BrJsonReader;

typedef enum {
  BR_JSON_REQUIRED    = 0,
  BR_JSON_OPTIONAL    = 1 << 0,
  BR_JSON_ALLOW_EMPTY = 1 << 1,
} BrJsonFlags;

#define BR_JSON_MAX_STRING 4000

BrJsonReader *br_json_reader_new             (GBytes        *bytes,
                                              gsize          max_size,
                                              GError       **error);
BrJsonReader *br_json_reader_new_with_list   (GBytes        *bytes,
                                              gsize          max_size,
                                              const char    *list,
                                              GError       **error);
BrJsonReader *br_json_reader_new_limited     (GBytes        *bytes,
                                              const BrJsonLimits *limits,
                                              const char    *list,
                                              GError       **error);
void          br_json_reader_free            (BrJsonReader  *self);
JsonObject   *br_json_reader_get_root        (BrJsonReader  *self);

void          br_json_reader_push_member     (BrJsonReader  *self,
                                              const char    *member);
void          br_json_reader_push_index      (BrJsonReader  *self,
                                              guint          index);
void          br_json_reader_pop             (BrJsonReader  *self);
char         *br_json_reader_dup_path        (BrJsonReader  *self);

gboolean      br_json_reader_fail            (BrJsonReader  *self,
                                              GError       **error,
                                              BrDocError     code,
                                              const char    *format,
                                              ...) G_GNUC_PRINTF (4, 5);
gboolean      br_json_reader_fail_member     (BrJsonReader  *self,
                                              GError       **error,
                                              const char    *member,
                                              BrDocError     code,
                                              const char    *format,
                                              ...) G_GNUC_PRINTF (5, 6);

gboolean      br_json_reader_check_format    (BrJsonReader  *self,
                                              const char    *format_name,
                                              gint64         max_version,
                                              gint64        *out_version,
                                              GError       **error);
gboolean      br_json_reader_check_members   (BrJsonReader  *self,
                                              JsonObject    *object,
                                              const char * const *allowed,
                                              GError       **error);
gboolean      br_json_reader_get_object      (BrJsonReader  *self,
                                              JsonObject    *object,
                                              const char    *member,
                                              BrJsonFlags    flags,
                                              JsonObject   **out,
                                              GError       **error);
gboolean      br_json_reader_get_array       (BrJsonReader  *self,
                                              JsonObject    *object,
                                              const char    *member,
                                              BrJsonFlags    flags,
                                              guint          min_length,
                                              guint          max_length,
                                              JsonArray    **out,
                                              GError       **error);
gboolean      br_json_reader_get_element_object (BrJsonReader *self,
                                              JsonArray     *array,
                                              guint          index,
                                              JsonObject   **out,
                                              GError       **error);
gboolean      br_json_reader_has_list        (BrJsonReader  *self);
gboolean      br_json_reader_get_list        (BrJsonReader  *self,
                                              guint          min_length,
                                              guint          max_length,
                                              guint         *out_length,
                                              GError       **error);
gboolean      br_json_reader_get_list_object (BrJsonReader  *self,
                                              guint          index,
                                              JsonObject   **out,
                                              GError       **error);
gboolean      br_json_reader_get_string      (BrJsonReader  *self,
                                              JsonObject    *object,
                                              const char    *member,
                                              BrJsonFlags    flags,
                                              const char   **out,
                                              GError       **error);
gboolean      br_json_reader_get_choice      (BrJsonReader  *self,
                                              JsonObject    *object,
                                              const char    *member,
                                              const char * const *choices,
                                              guint         *out,
                                              GError       **error);
gboolean      br_json_reader_get_int         (BrJsonReader  *self,
                                              JsonObject    *object,
                                              const char    *member,
                                              BrJsonFlags    flags,
                                              gint64         min,
                                              gint64         max,
                                              gint64        *out,
                                              GError       **error);
gboolean      br_json_reader_get_double      (BrJsonReader  *self,
                                              JsonObject    *object,
                                              const char    *member,
                                              BrJsonFlags    flags,
                                              double         min,
                                              double         max,
                                              double        *out,
                                              GError       **error);
gboolean      br_json_reader_get_boolean     (BrJsonReader  *self,
                                              JsonObject    *object,
                                              const char    *member,
                                              BrJsonFlags    flags,
                                              gboolean      *out,
                                              GError       **error);
gboolean      br_json_reader_get_strv        (BrJsonReader  *self,
                                              JsonObject    *object,
                                              const char    *member,
                                              BrJsonFlags    flags,
                                              guint          min_length,
                                              guint          max_length,
                                              GStrv         *out,
                                              GError       **error);
gboolean      br_json_reader_define_id       (BrJsonReader  *self,
                                              JsonObject    *object,
                                              const char    *prefix,
                                              const char   **out,
                                              GError       **error);
gboolean      br_json_reader_has_id          (BrJsonReader  *self,
                                              const char    *id);
gboolean      br_json_reader_check_refs      (BrJsonReader  *self,
                                              JsonObject    *object,
                                              const char    *member,
                                              const char    *prefix,
                                              GError       **error);

gboolean      br_json_locate                 (const char    *text,
                                              gsize          length,
                                              const char    *path,
                                              guint         *line,
                                              guint         *column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BrJsonReader, br_json_reader_free)

G_END_DECLS
