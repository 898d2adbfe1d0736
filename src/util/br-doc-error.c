/* br-doc-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-doc-error.h"

G_DEFINE_QUARK (br-document-error-quark, br_doc_error)

/**
 * br_doc_error_code_to_string:
 * @code: a #BrDocError
 *
 * Returns: the code's stable name ("syntax", "missing"...), used by the
 *   fixture tests and in logs.
 */
const char *
br_doc_error_code_to_string (BrDocError code)
{
  static const char * const names[] = {
    [BR_DOC_ERROR_TOO_LARGE] = "too-large",
    [BR_DOC_ERROR_INVALID_UTF8] = "invalid-utf8",
    [BR_DOC_ERROR_SYNTAX] = "syntax",
    [BR_DOC_ERROR_FORMAT] = "format",
    [BR_DOC_ERROR_VERSION] = "version",
    [BR_DOC_ERROR_MISSING] = "missing",
    [BR_DOC_ERROR_TYPE] = "type",
    [BR_DOC_ERROR_EMPTY] = "empty",
    [BR_DOC_ERROR_RANGE] = "range",
    [BR_DOC_ERROR_INVALID_ID] = "invalid-id",
    [BR_DOC_ERROR_DUPLICATE_ID] = "duplicate-id",
    [BR_DOC_ERROR_UNKNOWN_REFERENCE] = "unknown-reference",
    [BR_DOC_ERROR_UNKNOWN_FIELD] = "unknown-field",
    [BR_DOC_ERROR_INVALID_VALUE] = "invalid-value",
  };

  if ((guint) code < G_N_ELEMENTS (names))
    return names[code];
  return "unknown";
}
