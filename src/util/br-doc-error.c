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

/**
 * br_doc_locate_byte:
 * @text: a document (need not be nul-terminated)
 * @length: its length in bytes
 * @at: a byte of @text (or its end)
 * @line: (out): 1-based line of @at
 * @column: (out): 1-based column of @at, counted in characters
 *
 * Says where @at is in @text the way every error message of a loader
 * does ("12:7: ..."): the one place lines and columns are counted from a
 * byte offset.
 */
void
br_doc_locate_byte (const char *text,
                    gsize       length,
                    const char *at,
                    guint      *line,
                    guint      *column)
{
  *line = 1;
  *column = 1;
  for (const char *p = text; p < at && p < text + length; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) *p & 0xC0) != 0x80)
        (*column)++;
    }
}
