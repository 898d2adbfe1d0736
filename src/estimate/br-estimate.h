/* br-estimate.h — the back-of-envelope estimator (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "br-json-reader.h"
#include "br-units.h"

G_BEGIN_DECLS

/**
 * BrEstimateInput:
 *
 * The inputs, in the order of the contract shared with the guide's
 * practice cards; br_estimate_input_key() gives the key of each.
 */
typedef enum {
  BR_ESTIMATE_DAU,
  BR_ESTIMATE_ACTIONS,
  BR_ESTIMATE_READ_WRITE,
  BR_ESTIMATE_PEAK,
  BR_ESTIMATE_WRITE_SIZE,
  BR_ESTIMATE_READ_SIZE,
  BR_ESTIMATE_RETENTION,
  BR_ESTIMATE_REPLICATION,
  BR_ESTIMATE_CAPACITY,
  BR_ESTIMATE_N_INPUTS
} BrEstimateInput;

/**
 * BrEstimateOutput:
 *
 * The figures, in the order of the contract; br_estimate_output_id()
 * gives the id of each.
 */
typedef enum {
  BR_ESTIMATE_READ_RPS,
  BR_ESTIMATE_WRITE_RPS,
  BR_ESTIMATE_PEAK_READ_RPS,
  BR_ESTIMATE_PEAK_WRITE_RPS,
  BR_ESTIMATE_STORAGE_PER_DAY,
  BR_ESTIMATE_STORAGE_PER_YEAR,
  BR_ESTIMATE_STORAGE_TOTAL,
  BR_ESTIMATE_INGRESS,
  BR_ESTIMATE_PEAK_INGRESS,
  BR_ESTIMATE_EGRESS,
  BR_ESTIMATE_PEAK_EGRESS,
  BR_ESTIMATE_INSTANCES,
  BR_ESTIMATE_N_OUTPUTS
} BrEstimateOutput;

/* An input's text is at most this long, in characters */
#define BR_ESTIMATE_MAX_INPUT 200

/* A figure's significant figures, as the contract states them */
#define BR_ESTIMATE_SIGNIFICANT 3

#define BR_TYPE_ESTIMATE (br_estimate_get_type ())

G_DECLARE_FINAL_TYPE (BrEstimate, br_estimate, BR, ESTIMATE, GObject)

/* The inputs and outputs themselves */
const char  *br_estimate_input_key         (BrEstimateInput   input);
gboolean     br_estimate_input_from_key    (const char       *key,
                                            BrEstimateInput  *input);
const char  *br_estimate_input_title       (BrEstimateInput   input);
const char  *br_estimate_input_hint        (BrEstimateInput   input);
const char  *br_estimate_input_example     (BrEstimateInput   input);
gboolean     br_estimate_input_is_optional (BrEstimateInput   input);
char        *br_estimate_dup_keys          (void);

const char  *br_estimate_output_id         (BrEstimateOutput  output);
gboolean     br_estimate_output_from_id    (const char       *id,
                                            BrEstimateOutput *output);
const char  *br_estimate_output_title      (BrEstimateOutput  output);
BrUnitKind   br_estimate_output_kind       (BrEstimateOutput  output);
const char  *br_estimate_output_unit_name  (BrEstimateOutput  output);

/* One estimate */
BrEstimate  *br_estimate_new               (void);
void         br_estimate_set_input         (BrEstimate       *self,
                                            BrEstimateInput   input,
                                            const char       *text);
void         br_estimate_set_source        (BrEstimate       *self,
                                            const char       *source);
const char  *br_estimate_get_source        (BrEstimate       *self);
const char  *br_estimate_get_input         (BrEstimate       *self,
                                            BrEstimateInput   input);
const char  *br_estimate_get_input_error   (BrEstimate       *self,
                                            BrEstimateInput   input);
gboolean     br_estimate_get_input_value   (BrEstimate       *self,
                                            BrEstimateInput   input,
                                            double           *value);
gboolean     br_estimate_check_input       (BrEstimate       *self,
                                            BrEstimateInput   input,
                                            GError          **error);
void         br_estimate_clear             (BrEstimate       *self);
void         br_estimate_set_example       (BrEstimate       *self);
gboolean     br_estimate_set_pairs         (BrEstimate       *self,
                                            const char * const *pairs,
                                            GError          **error);
char       **br_estimate_dup_pairs         (BrEstimate       *self);

gboolean     br_estimate_get_output        (BrEstimate       *self,
                                            BrEstimateOutput  output,
                                            double           *value);
char        *br_estimate_format_output     (BrEstimate       *self,
                                            BrEstimateOutput  output);
const char * const *br_estimate_get_working (BrEstimate      *self,
                                            BrEstimateOutput  output);
char        *br_estimate_dup_waiting       (BrEstimate       *self,
                                            BrEstimateOutput  output);

/* The inputs as a JSON object of the strings typed, for a board to keep */
JsonNode    *br_estimate_to_json           (BrEstimate       *self);
gboolean     br_estimate_set_json          (BrEstimate       *self,
                                            JsonNode         *node,
                                            GError          **error);
gboolean     br_estimate_read              (BrEstimate       *self,
                                            BrJsonReader     *reader,
                                            JsonObject       *object,
                                            const char       *member,
                                            BrJsonFlags       flags,
                                            GError          **error);

/* A figure as a practice card states it: "34.4k/s", "6 TB", "18" */
gboolean     br_estimate_parse_figure      (BrEstimateOutput  output,
                                            const char       *text,
                                            double           *value,
                                            GError          **error);
gboolean     br_estimate_figure_agrees     (BrEstimate       *self,
                                            BrEstimateOutput  output,
                                            const char       *text,
                                            GError          **error);

/* The whole estimate as text and as JSON (br-estimate-report.c) */
char        *br_estimate_to_text           (BrEstimate       *self);
char        *br_estimate_to_report_json    (BrEstimate       *self);

G_END_DECLS
