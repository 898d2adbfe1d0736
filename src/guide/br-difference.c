/* br-difference.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-difference.h"

/**
 * BrDifference:
 *
 * One way Amazon's interviews differ from other companies'.
 */

struct _BrDifference
{
  BrGuideEntry parent_instance;

  GStrv points;
};

G_DEFINE_FINAL_TYPE (BrDifference, br_difference, BR_TYPE_GUIDE_ENTRY)

enum {
  PROP_0,
  PROP_POINTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_difference_finalize (GObject *object)
{
  BrDifference *self = BR_DIFFERENCE (object);

  g_clear_pointer (&self->points, g_strfreev);

  G_OBJECT_CLASS (br_difference_parent_class)->finalize (object);
}

static void
br_difference_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BrDifference *self = BR_DIFFERENCE (object);

  switch (prop_id)
    {
    case PROP_POINTS:
      g_value_set_boxed (value, self->points);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_difference_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BrDifference *self = BR_DIFFERENCE (object);

  switch (prop_id)
    {
    case PROP_POINTS:
      self->points = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_difference_class_init (BrDifferenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_difference_finalize;
  object_class->get_property = br_difference_get_property;
  object_class->set_property = br_difference_set_property;

  properties[PROP_POINTS] =
    g_param_spec_boxed ("points", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_difference_init (BrDifference *self)
{
}

const char * const *
br_difference_get_points (BrDifference *self)
{
  g_return_val_if_fail (BR_IS_DIFFERENCE (self), NULL);
  return (const char * const *) self->points;
}
