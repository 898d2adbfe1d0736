/* br-trait.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-trait.h"

/**
 * BrTrait:
 *
 * One trait of "the Amazon way": what the systems Amazon builds are
 * expected to do, such as starting with the customer or keeping a Day 1
 * mentality. The entry's description says what it means in a design round.
 */

struct _BrTrait
{
  BrGuideEntry parent_instance;
};

G_DEFINE_FINAL_TYPE (BrTrait, br_trait, BR_TYPE_GUIDE_ENTRY)

static void
br_trait_class_init (BrTraitClass *klass)
{
}

static void
br_trait_init (BrTrait *self)
{
}
