/* br-block.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-block.h"

/**
 * BrBlock:
 *
 * A block of the study plan: a range of weeks and its study items.
 */

struct _BrBlock
{
  BrGuideEntry parent_instance;

  guint first_week;
  guint last_week;
  GListModel *items;
};

G_DEFINE_FINAL_TYPE (BrBlock, br_block, BR_TYPE_GUIDE_ENTRY)

enum {
  PROP_0,
  PROP_FIRST_WEEK,
  PROP_LAST_WEEK,
  PROP_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_block_finalize (GObject *object)
{
  BrBlock *self = BR_BLOCK (object);

  g_clear_object (&self->items);

  G_OBJECT_CLASS (br_block_parent_class)->finalize (object);
}

static void
br_block_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  BrBlock *self = BR_BLOCK (object);

  switch (prop_id)
    {
    case PROP_FIRST_WEEK:
      g_value_set_uint (value, self->first_week);
      break;
    case PROP_LAST_WEEK:
      g_value_set_uint (value, self->last_week);
      break;
    case PROP_ITEMS:
      g_value_set_object (value, self->items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_block_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  BrBlock *self = BR_BLOCK (object);

  switch (prop_id)
    {
    case PROP_FIRST_WEEK:
      self->first_week = g_value_get_uint (value);
      break;
    case PROP_LAST_WEEK:
      self->last_week = g_value_get_uint (value);
      break;
    case PROP_ITEMS:
      self->items = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_block_class_init (BrBlockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_block_finalize;
  object_class->get_property = br_block_get_property;
  object_class->set_property = br_block_set_property;

  properties[PROP_FIRST_WEEK] =
    g_param_spec_uint ("first-week", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_WEEK] =
    g_param_spec_uint ("last-week", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEMS] =
    g_param_spec_object ("items", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_block_init (BrBlock *self)
{
}

guint
br_block_get_first_week (BrBlock *self)
{
  g_return_val_if_fail (BR_IS_BLOCK (self), 0);
  return self->first_week;
}

guint
br_block_get_last_week (BrBlock *self)
{
  g_return_val_if_fail (BR_IS_BLOCK (self), 0);
  return self->last_week;
}

GListModel *
br_block_get_items (BrBlock *self)
{
  g_return_val_if_fail (BR_IS_BLOCK (self), NULL);
  return self->items;
}
