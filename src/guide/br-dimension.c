/* br-dimension.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-dimension.h"

/**
 * BrDimension:
 *
 * A dimension of the self-review rubric, with one-line anchors for the
 * scores 1 to 4.
 */

struct _BrDimension
{
  BrGuideEntry parent_instance;

  GStrv levels;
};

G_DEFINE_FINAL_TYPE (BrDimension, br_dimension, BR_TYPE_GUIDE_ENTRY)

enum {
  PROP_0,
  PROP_LEVELS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_dimension_finalize (GObject *object)
{
  BrDimension *self = BR_DIMENSION (object);

  g_clear_pointer (&self->levels, g_strfreev);

  G_OBJECT_CLASS (br_dimension_parent_class)->finalize (object);
}

static void
br_dimension_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BrDimension *self = BR_DIMENSION (object);

  switch (prop_id)
    {
    case PROP_LEVELS:
      g_value_set_boxed (value, self->levels);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_dimension_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BrDimension *self = BR_DIMENSION (object);

  switch (prop_id)
    {
    case PROP_LEVELS:
      self->levels = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_dimension_class_init (BrDimensionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_dimension_finalize;
  object_class->get_property = br_dimension_get_property;
  object_class->set_property = br_dimension_set_property;

  properties[PROP_LEVELS] =
    g_param_spec_boxed ("levels", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_dimension_init (BrDimension *self)
{
}

const char * const *
br_dimension_get_levels (BrDimension *self)
{
  g_return_val_if_fail (BR_IS_DIMENSION (self), NULL);
  return (const char * const *) self->levels;
}
