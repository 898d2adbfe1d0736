/* br-store.h — one versioned JSON file of the user's data (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "br-json-reader.h"

#include "br-doc-error.h"

G_BEGIN_DECLS

#define BR_STORE_ERROR (br_store_error_quark ())

/**
 * BrStoreError:
 * @BR_STORE_ERROR_MOVED_ASIDE: the file could not be read; it was moved
 *   aside and the store starts empty
 * @BR_STORE_ERROR_NEWER_VERSION: a newer Bar Raiser wrote the file; it is
 *   left untouched and the store is read-only for this run
 * @BR_STORE_ERROR_UNREADABLE: the file could not be read nor moved aside;
 *   it is left untouched and the store is read-only for this run
 * @BR_STORE_ERROR_READ_ONLY: a save was refused because the store is
 *   read-only
 *
 * The errors a store reports to the user. Their messages are whole
 * sentences that say what happened and where the file is.
 */
typedef enum {
  BR_STORE_ERROR_MOVED_ASIDE,
  BR_STORE_ERROR_NEWER_VERSION,
  BR_STORE_ERROR_UNREADABLE,
  BR_STORE_ERROR_READ_ONLY,
} BrStoreError;

GQuark br_store_error_quark (void);

/**
 * BrStoreParseFunc:
 * @bytes: the file's content
 * @user_data: what br_store_load() was given
 * @error: return location for a #BR_DOC_ERROR
 *
 * Parses and validates a whole document, and keeps its content only when
 * it returns %TRUE.
 */
typedef gboolean (*BrStoreParseFunc) (GBytes    *bytes,
                                      gpointer   user_data,
                                      GError   **error);

/**
 * BrStoreSerializeFunc:
 * @user_data: what br_store_set_serializer() was given
 *
 * Builds the whole document from the owner's content.
 *
 * Returns: (transfer full): the document to write
 */
typedef JsonNode *(*BrStoreSerializeFunc) (gpointer user_data);

#define BR_TYPE_STORE (br_store_get_type ())

G_DECLARE_FINAL_TYPE (BrStore, br_store, BR, STORE, GObject)

BrStore    *br_store_new            (const char       *data_dir,
                                     const char       *file_name,
                                     const char       *format_name,
                                     gint64            version,
                                     gsize             max_size);
void        br_store_set_serializer (BrStore          *self,
                                     BrStoreSerializeFunc serialize,
                                     gpointer          user_data);

GFile      *br_store_get_file       (BrStore          *self);
const GError *br_store_get_save_error (BrStore        *self);
GFile      *br_store_get_moved_to   (BrStore          *self);
gboolean    br_store_get_read_only  (BrStore          *self);
gboolean    br_store_get_existed    (BrStore          *self);

gboolean    br_store_load           (BrStore          *self,
                                     BrStoreParseFunc  parse,
                                     gpointer          user_data,
                                     GDateTime        *now,
                                     GError          **error);
gboolean    br_store_save           (BrStore          *self,
                                     JsonNode         *root,
                                     GError          **error);
gboolean    br_store_save_now       (BrStore          *self,
                                     GError          **error);
gboolean    br_store_persist        (BrStore          *self);

/* Helpers shared by the stores' formats */
void        br_store_begin_document (JsonBuilder      *builder,
                                     const char       *format_name,
                                     gint64            version);
gboolean    br_store_parse_date     (const char       *text,
                                     GDate            *out);
gboolean    br_store_read_date      (BrJsonReader     *reader,
                                     JsonObject       *object,
                                     const char       *member,
                                     GDate            *out,
                                     GError          **error);
char       *br_store_format_date    (const GDate      *date);
void        br_store_local_date     (GDateTime        *time,
                                     GDate            *out);
gboolean    br_store_is_safe_relative_path (const char *path);
char       *br_store_truncate_text  (const char       *text);

G_END_DECLS
