/* br-reference-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "br-reference.h"

G_BEGIN_DECLS

#define BR_TYPE_REFERENCE_VIEW (br_reference_view_get_type ())

G_DECLARE_FINAL_TYPE (BrReferenceView, br_reference_view, BR, REFERENCE_VIEW, AdwBin)

BrReferenceView *br_reference_view_new          (void);
void             br_reference_view_set_reference (BrReferenceView *self,
                                                  BrReference     *reference,
                                                  const char      *error);
void             br_reference_view_focus_search (BrReferenceView *self);
void             br_reference_view_set_search   (BrReferenceView *self,
                                                 const char      *search);
guint            br_reference_view_count_shown  (BrReferenceView *self);
gboolean         br_reference_view_copy_row     (BrReferenceView *self,
                                                 const char      *title);

G_END_DECLS
