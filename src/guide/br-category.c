/* br-category.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-category.h"

/**
 * BrCategory:
 *
 * A category of the question bank.
 */

struct _BrCategory
{
  BrGuideEntry parent_instance;

};

G_DEFINE_FINAL_TYPE (BrCategory, br_category, BR_TYPE_GUIDE_ENTRY)

enum {
  PROP_0,
  N_PROPS
};

static void
br_category_class_init (BrCategoryClass *klass)
{
}

static void
br_category_init (BrCategory *self)
{
}
