/* br-guide-private.h — shared by br-guide.c and its parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "br-guide.h"

G_BEGIN_DECLS

struct _BrGuide
{
  GObject parent_instance;

  GFile *file;
  char *title;
  char *overview;
  guint n_weeks;

  GListStore *principles;
  GListStore *differences;
  GListStore *stages;
  GListStore *phases;
  GListStore *rubric;
  GListStore *categories;
  GListStore *questions;
  GListStore *blocks;
  GListStore *resources;
  GListStore *tips;

  /* The optional sections: the Amazon way and the closing thoughts */
  char *amazon_way_summary;
  GListStore *traits;
  char *closing_summary;
  GListStore *closing_values;
  char *closing_advice;

  GHashTable *by_id;   /* id -> BrGuideEntry, borrowed from the stores */
};

void _br_guide_add (BrGuide      *self,
                    GListStore   *store,
                    BrGuideEntry *entry);

/* The fields of each kind of object of the file format, as the parser
 * accepts them; FORMAT.md documents the same names (a test checks). */
typedef struct {
  const char *name;                /* "Question", as FORMAT.md heads it */
  const char * const *fields;
} BrGuideFormatObject;

const BrGuideFormatObject *_br_guide_format_objects (guint *n_objects);

/* A card's estimate, in br-guide-estimate.c: the estimator's input keys and
 * output ids, and the syntax of their values */
extern const char * const _br_estimate_input_keys[];
extern const char * const _br_estimate_figure_ids[];

gboolean _br_estimate_input_is_required (const char  *key);
gboolean _br_estimate_check_input       (const char  *key,
                                         const char  *value,
                                         char       **problem);
gboolean _br_estimate_check_figure      (const char  *id,
                                         const char  *value,
                                         char       **problem);

G_END_DECLS
