/* br-guide.h — the content model: the whole guide, loaded from JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "br-doc-error.h"
#include "br-block.h"
#include "br-category.h"
#include "br-data-entity.h"
#include "br-difference.h"
#include "br-dimension.h"
#include "br-guide-entry.h"
#include "br-phase.h"
#include "br-preference.h"
#include "br-principle.h"
#include "br-question.h"
#include "br-resource.h"
#include "br-stage.h"
#include "br-study-item.h"
#include "br-tip.h"
#include "br-trait.h"

G_BEGIN_DECLS

#define BR_TYPE_GUIDE (br_guide_get_type ())

G_DECLARE_FINAL_TYPE (BrGuide, br_guide, BR, GUIDE, GObject)

/* The largest guide file accepted, in bytes */
#define BR_GUIDE_MAX_SIZE (2 * 1024 * 1024)
#define BR_GUIDE_FORMAT "bar-raiser-guide"
#define BR_GUIDE_VERSION 1

BrGuide      *br_guide_parse             (GBytes        *bytes,
                                          GError       **error);
BrGuide      *br_guide_new_from_file     (GFile         *file,
                                          GCancellable  *cancellable,
                                          GError       **error);
BrGuide      *br_guide_new_builtin       (GError       **error);

GFile        *br_guide_get_file          (BrGuide       *self);
const char   *br_guide_get_title         (BrGuide       *self);
const char   *br_guide_get_overview      (BrGuide       *self);
guint         br_guide_get_n_weeks       (BrGuide       *self);

GListModel   *br_guide_get_principles    (BrGuide       *self);
GListModel   *br_guide_get_differences   (BrGuide       *self);
GListModel   *br_guide_get_stages        (BrGuide       *self);
GListModel   *br_guide_get_phases        (BrGuide       *self);
GListModel   *br_guide_get_rubric        (BrGuide       *self);
GListModel   *br_guide_get_categories    (BrGuide       *self);
GListModel   *br_guide_get_questions     (BrGuide       *self);
GListModel   *br_guide_get_blocks        (BrGuide       *self);
GListModel   *br_guide_get_resources     (BrGuide       *self);
GListModel   *br_guide_get_tips          (BrGuide       *self);

const char   *br_guide_get_amazon_way_summary (BrGuide  *self);
GListModel   *br_guide_get_amazon_way    (BrGuide       *self);
const char   *br_guide_get_closing_summary (BrGuide     *self);
GListModel   *br_guide_get_closing_values (BrGuide      *self);
const char   *br_guide_get_closing_advice (BrGuide      *self);

BrGuideEntry *br_guide_lookup            (BrGuide       *self,
                                          const char    *id);
BrBlock      *br_guide_get_block_for_week (BrGuide      *self,
                                          guint          week);

G_END_DECLS
