/* br-reference-rows.h — the reference numbers as rows to show and search
 * (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-reference.h"

G_BEGIN_DECLS

/**
 * BrReferenceSection:
 *
 * The sections of the reference view, in the order shown.
 */
typedef enum {
  BR_REFERENCE_SECTION_LATENCY,
  BR_REFERENCE_SECTION_THROUGHPUT,
  BR_REFERENCE_SECTION_AVAILABILITY,
  BR_REFERENCE_SECTION_TIME,
  BR_REFERENCE_SECTION_POWERS_OF_TWO,
  BR_REFERENCE_SECTION_POWERS_OF_TEN,
  BR_REFERENCE_N_SECTIONS
} BrReferenceSection;

#define BR_TYPE_REFERENCE_ROW (br_reference_row_get_type ())

G_DECLARE_FINAL_TYPE (BrReferenceRow, br_reference_row, BR, REFERENCE_ROW, GObject)

BrReferenceSection br_reference_row_get_section (BrReferenceRow *self);
const char *br_reference_row_get_title   (BrReferenceRow *self);
const char *br_reference_row_get_figure  (BrReferenceRow *self);
const char *br_reference_row_get_detail  (BrReferenceRow *self);
gboolean    br_reference_row_matches     (BrReferenceRow *self,
                                          const char     *search);

const char *br_reference_section_title   (BrReferenceSection section);
char       *br_reference_format_figure   (const BrReferenceFigure *figure);
GListModel *br_reference_build_rows      (BrReference    *reference);

G_END_DECLS
