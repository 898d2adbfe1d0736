/* br-attempt-finding.c — a design-review finding kept with a practice
 * attempt, and how practice.json holds it
 *
 * Version 2 of practice.json adds "findings" to an attempt, worst first:
 *
 *   "findings": [
 *     { "rule": "single-point-of-failure", "severity": "error",
 *       "message": "Orders DB runs on one instance.",
 *       "question": "What happens to checkout when it fails?",
 *       "items": [ "db1" ] }
 *   ]
 *
 * "rule" is checked for its form (lowercase letters, digits and single
 * hyphens) but not against the rules this version knows, so that findings
 * of a rule since renamed or removed are kept; "severity" is one of
 * "info", "warning", "error"; "message" and "question" are non-empty
 * text; "items" lists 0 to BR_ATTEMPT_MAX_FINDING_ITEMS board item ids.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-practice"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "br-ids.h"
#include "br-json-reader.h"
#include "br-practice-private.h"
#include "br-store.h"

G_DEFINE_BOXED_TYPE (BrAttemptFinding, br_attempt_finding, br_attempt_finding_copy, br_attempt_finding_free)

/**
 * br_attempt_finding_new:
 * @items: (nullable) (array zero-terminated=1): board item ids
 *
 * The texts are cut to what the file format holds, and the items to the
 * first BR_ATTEMPT_MAX_FINDING_ITEMS valid board item ids.
 *
 * Returns: (transfer full): a new finding
 */
BrAttemptFinding *
br_attempt_finding_new (const char         *rule_id,
                        BrReviewSeverity    severity,
                        const char         *message,
                        const char         *question,
                        const char * const *items)
{
  BrAttemptFinding *self;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (br_attempt_finding_rule_id_is_valid (rule_id), NULL);
  g_return_val_if_fail (severity <= BR_REVIEW_ERROR, NULL);

  self = g_new0 (BrAttemptFinding, 1);
  self->rule_id = g_strdup (rule_id);
  self->severity = severity;
  self->message = br_store_truncate_text (message);
  self->question = br_store_truncate_text (question);
  /* Only ids a board file could hold, so that what is saved reads back */
  for (guint i = 0, n = 0; items != NULL && items[i] != NULL && n < BR_ATTEMPT_MAX_FINDING_ITEMS; i++)
    if (br_id_is_name (items[i]))
      {
        g_strv_builder_add (builder, items[i]);
        n++;
      }
  self->items = g_strv_builder_end (builder);
  return self;
}

BrAttemptFinding *
br_attempt_finding_copy (const BrAttemptFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return br_attempt_finding_new (self->rule_id, self->severity, self->message, self->question,
                                 (const char * const *) self->items);
}

void
br_attempt_finding_free (BrAttemptFinding *self)
{
  if (self == NULL)
    return;
  g_free (self->rule_id);
  g_free (self->message);
  g_free (self->question);
  g_strfreev (self->items);
  g_free (self);
}

gboolean
br_attempt_finding_equal (const BrAttemptFinding *a,
                          const BrAttemptFinding *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return g_str_equal (a->rule_id, b->rule_id) &&
         a->severity == b->severity &&
         g_str_equal (a->message, b->message) &&
         g_str_equal (a->question, b->question) &&
         g_strv_equal ((const char * const *) a->items, (const char * const *) b->items);
}

/**
 * br_attempt_finding_rule_id_is_valid:
 *
 * Returns: whether @rule_id has the form of a rule's id: lowercase letters
 *   and digits in words joined by single hyphens, at most 64 characters
 */
gboolean
br_attempt_finding_rule_id_is_valid (const char *rule_id)
{
  return rule_id != NULL && strlen (rule_id) <= 64 && br_id_is_slug (rule_id);
}

/**
 * br_attempt_findings_from_review:
 * @review: (nullable): the review of the board as the round ended
 *
 * Returns: (transfer full) (element-type BrAttemptFinding): @review's
 *   findings, worst first (the review's order within a severity), at most
 *   BR_ATTEMPT_MAX_FINDINGS
 */
GPtrArray *
br_attempt_findings_from_review (BrReview *review)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) br_attempt_finding_free);
  guint n = review != NULL ? br_review_get_n_findings (review) : 0;

  for (int severity = BR_REVIEW_ERROR; severity >= BR_REVIEW_INFO; severity--)
    for (guint i = 0; i < n && findings->len < BR_ATTEMPT_MAX_FINDINGS; i++)
      {
        const BrReviewFinding *finding = br_review_get_finding (review, i);

        if ((int) br_review_rule_severity (finding->rule) != severity)
          continue;
        g_ptr_array_add (findings,
                         br_attempt_finding_new (br_review_rule_id (finding->rule), severity,
                                                 finding->message, finding->question,
                                                 (const char * const *) finding->items));
      }
  return findings;
}

/* ---------------------------------------------------------------------- */
/* practice.json                                                           */

static const char * const severity_choices[] = { "info", "warning", "error", NULL };

static gboolean
read_items (BrJsonReader *reader,
            JsonObject   *object,
            GStrv        *out,
            GError      **error)
{
  if (!br_json_reader_get_strv (reader, object, "items", BR_JSON_REQUIRED,
                                0, BR_ATTEMPT_MAX_FINDING_ITEMS, out, error))
    return FALSE;
  for (guint i = 0; (*out)[i] != NULL; i++)
    if (!br_id_is_name ((*out)[i]))
      {
        br_json_reader_push_member (reader, "items");
        br_json_reader_push_index (reader, i);
        br_json_reader_fail (reader, error, BR_DOC_ERROR_INVALID_ID,
                             _("“%s” is not a valid board item id: use 1 to %d letters, digits, hyphens and underscores"),
                             (*out)[i], BR_ID_MAX_LENGTH);
        br_json_reader_pop (reader);
        br_json_reader_pop (reader);
        return FALSE;
      }
  return TRUE;
}

static BrAttemptFinding *
read_finding (BrJsonReader *reader,
              JsonObject   *object,
              GError      **error)
{
  static const char * const fields[] = { "rule", "severity", "message", "question", "items", NULL };
  const char *rule, *message, *question;
  g_auto(GStrv) items = NULL;
  guint severity;

  if (!br_json_reader_check_members (reader, object, fields, error) ||
      !br_json_reader_get_string (reader, object, "rule", BR_JSON_REQUIRED, &rule, error))
    return NULL;
  if (!br_attempt_finding_rule_id_is_valid (rule))
    {
      br_json_reader_fail_member (reader, error, "rule", BR_DOC_ERROR_INVALID_ID,
                                  _("“%s” is not a valid rule id: expected lowercase letters, digits and single hyphens"),
                                  rule);
      return NULL;
    }
  if (!br_json_reader_get_choice (reader, object, "severity", severity_choices, &severity, error) ||
      !br_json_reader_get_string (reader, object, "message", BR_JSON_REQUIRED, &message, error) ||
      !br_json_reader_get_string (reader, object, "question", BR_JSON_REQUIRED, &question, error) ||
      !read_items (reader, object, &items, error))
    return NULL;

  return br_attempt_finding_new (rule, (BrReviewSeverity) severity, message, question,
                                 (const char * const *) items);
}

/**
 * br_attempt_read_findings:
 * @version: the file's format version
 *
 * Reads the "findings" of an attempt's object into @attempt. A file older
 * than version 2 has none; one that lists them anyway is refused.
 */
gboolean
br_attempt_read_findings (BrJsonReader *reader,
                          JsonObject   *object,
                          gint64        version,
                          BrAttempt    *attempt,
                          GError      **error)
{
  g_autoptr(GPtrArray) findings = NULL;
  JsonArray *array;

  if (version < 2 && json_object_has_member (object, "findings"))
    return br_json_reader_fail_member (reader, error, "findings", BR_DOC_ERROR_VERSION,
                                       _("findings need format version 2 or later, but the file says version %d"),
                                       (int) version);
  if (!br_json_reader_get_array (reader, object, "findings", BR_JSON_OPTIONAL,
                                 0, BR_ATTEMPT_MAX_FINDINGS, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) br_attempt_finding_free);
  br_json_reader_push_member (reader, "findings");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *element;
      BrAttemptFinding *finding;

      if (!br_json_reader_get_element_object (reader, array, i, &element, error))
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      finding = read_finding (reader, element, error);
      br_json_reader_pop (reader);
      if (finding == NULL)
        {
          br_json_reader_pop (reader);
          return FALSE;
        }
      g_ptr_array_add (findings, finding);
    }
  br_json_reader_pop (reader);
  br_attempt_set_findings (attempt, findings);
  return TRUE;
}

/**
 * br_attempt_add_findings_member:
 *
 * Writes the "findings" member of @attempt's object, when it has any.
 */
void
br_attempt_add_findings_member (JsonBuilder *builder,
                                BrAttempt   *attempt)
{
  guint n = br_attempt_get_n_findings (attempt);

  if (n == 0)
    return;
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      const BrAttemptFinding *finding = br_attempt_get_finding (attempt, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, finding->rule_id);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, severity_choices[finding->severity]);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, finding->message);
      json_builder_set_member_name (builder, "question");
      json_builder_add_string_value (builder, finding->question);
      json_builder_set_member_name (builder, "items");
      json_builder_begin_array (builder);
      for (guint j = 0; finding->items[j] != NULL; j++)
        json_builder_add_string_value (builder, finding->items[j]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}
