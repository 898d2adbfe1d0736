/* br-stage.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-stage.h"

/**
 * BrStage:
 *
 * A stage of the interview process: the phone screen, the onsite loop.
 */

struct _BrStage
{
  BrGuideEntry parent_instance;

  GStrv points;
  guint min_minutes;
  guint max_minutes;
};

G_DEFINE_FINAL_TYPE (BrStage, br_stage, BR_TYPE_GUIDE_ENTRY)

enum {
  PROP_0,
  PROP_POINTS,
  PROP_MIN_MINUTES,
  PROP_MAX_MINUTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_stage_finalize (GObject *object)
{
  BrStage *self = BR_STAGE (object);

  g_clear_pointer (&self->points, g_strfreev);

  G_OBJECT_CLASS (br_stage_parent_class)->finalize (object);
}

static void
br_stage_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  BrStage *self = BR_STAGE (object);

  switch (prop_id)
    {
    case PROP_POINTS:
      g_value_set_boxed (value, self->points);
      break;
    case PROP_MIN_MINUTES:
      g_value_set_uint (value, self->min_minutes);
      break;
    case PROP_MAX_MINUTES:
      g_value_set_uint (value, self->max_minutes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_stage_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  BrStage *self = BR_STAGE (object);

  switch (prop_id)
    {
    case PROP_POINTS:
      self->points = g_value_dup_boxed (value);
      break;
    case PROP_MIN_MINUTES:
      self->min_minutes = g_value_get_uint (value);
      break;
    case PROP_MAX_MINUTES:
      self->max_minutes = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_stage_class_init (BrStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_stage_finalize;
  object_class->get_property = br_stage_get_property;
  object_class->set_property = br_stage_set_property;

  properties[PROP_POINTS] =
    g_param_spec_boxed ("points", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MIN_MINUTES] =
    g_param_spec_uint ("min-minutes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_MINUTES] =
    g_param_spec_uint ("max-minutes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_stage_init (BrStage *self)
{
}

const char * const *
br_stage_get_points (BrStage *self)
{
  g_return_val_if_fail (BR_IS_STAGE (self), NULL);
  return (const char * const *) self->points;
}

guint
br_stage_get_min_minutes (BrStage *self)
{
  g_return_val_if_fail (BR_IS_STAGE (self), 0);
  return self->min_minutes;
}

guint
br_stage_get_max_minutes (BrStage *self)
{
  g_return_val_if_fail (BR_IS_STAGE (self), 0);
  return self->max_minutes;
}
