/* br-doc-error.h — errors shared by every loader of a JSON document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BR_DOC_ERROR (br_doc_error_quark ())

/**
 * BrDocError:
 * @BR_DOC_ERROR_TOO_LARGE: the file is larger than the loader accepts
 * @BR_DOC_ERROR_INVALID_UTF8: the bytes are not valid UTF-8 (or hold a NUL)
 * @BR_DOC_ERROR_SYNTAX: the text is not well-formed JSON, or is empty
 * @BR_DOC_ERROR_FORMAT: the document names another format
 * @BR_DOC_ERROR_VERSION: the document's format version is not one this app reads
 * @BR_DOC_ERROR_MISSING: a required field is absent
 * @BR_DOC_ERROR_TYPE: a value has the wrong JSON type
 * @BR_DOC_ERROR_EMPTY: a string or list that must have content is empty
 * @BR_DOC_ERROR_RANGE: a number or a count is out of its allowed range
 * @BR_DOC_ERROR_INVALID_ID: an id does not follow the id pattern
 * @BR_DOC_ERROR_DUPLICATE_ID: an id is used twice
 * @BR_DOC_ERROR_UNKNOWN_REFERENCE: a reference names an id that does not exist
 * @BR_DOC_ERROR_UNKNOWN_FIELD: an object has a field the format does not define
 * @BR_DOC_ERROR_INVALID_VALUE: a value is not one of the allowed choices
 *
 * Error codes of every document loader (guide, boards, progress, history).
 * Messages name the place as `LINE:COLUMN: JSON-PATH: what is wrong`, and the
 * file loaders prefix the file's path.
 */
typedef enum {
  BR_DOC_ERROR_TOO_LARGE,
  BR_DOC_ERROR_INVALID_UTF8,
  BR_DOC_ERROR_SYNTAX,
  BR_DOC_ERROR_FORMAT,
  BR_DOC_ERROR_VERSION,
  BR_DOC_ERROR_MISSING,
  BR_DOC_ERROR_TYPE,
  BR_DOC_ERROR_EMPTY,
  BR_DOC_ERROR_RANGE,
  BR_DOC_ERROR_INVALID_ID,
  BR_DOC_ERROR_DUPLICATE_ID,
  BR_DOC_ERROR_UNKNOWN_REFERENCE,
  BR_DOC_ERROR_UNKNOWN_FIELD,
  BR_DOC_ERROR_INVALID_VALUE,
} BrDocError;

GQuark br_doc_error_quark (void);

const char *br_doc_error_code_to_string (BrDocError code);

void        br_doc_locate_byte          (const char *text,
                                         gsize       length,
                                         const char *at,
                                         guint      *line,
                                         guint      *column);

G_END_DECLS
