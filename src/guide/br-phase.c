/* br-phase.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-phase.h"

/**
 * BrPhase:
 *
 * One of the five phases of a system design round, with its minute range and
 * the prompts a candidate should cover in it.
 */

struct _BrPhase
{
  BrGuideEntry parent_instance;

  guint min_minutes;
  guint max_minutes;
  GStrv prompts;
  BrDimension *dimension;
};

G_DEFINE_FINAL_TYPE (BrPhase, br_phase, BR_TYPE_GUIDE_ENTRY)

enum {
  PROP_0,
  PROP_MIN_MINUTES,
  PROP_MAX_MINUTES,
  PROP_PROMPTS,
  PROP_DIMENSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_phase_finalize (GObject *object)
{
  BrPhase *self = BR_PHASE (object);

  g_clear_pointer (&self->prompts, g_strfreev);
  g_clear_object (&self->dimension);

  G_OBJECT_CLASS (br_phase_parent_class)->finalize (object);
}

static void
br_phase_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  BrPhase *self = BR_PHASE (object);

  switch (prop_id)
    {
    case PROP_MIN_MINUTES:
      g_value_set_uint (value, self->min_minutes);
      break;
    case PROP_MAX_MINUTES:
      g_value_set_uint (value, self->max_minutes);
      break;
    case PROP_PROMPTS:
      g_value_set_boxed (value, self->prompts);
      break;
    case PROP_DIMENSION:
      g_value_set_object (value, self->dimension);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_phase_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  BrPhase *self = BR_PHASE (object);

  switch (prop_id)
    {
    case PROP_MIN_MINUTES:
      self->min_minutes = g_value_get_uint (value);
      break;
    case PROP_MAX_MINUTES:
      self->max_minutes = g_value_get_uint (value);
      break;
    case PROP_PROMPTS:
      self->prompts = g_value_dup_boxed (value);
      break;
    case PROP_DIMENSION:
      self->dimension = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_phase_class_init (BrPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_phase_finalize;
  object_class->get_property = br_phase_get_property;
  object_class->set_property = br_phase_set_property;

  properties[PROP_MIN_MINUTES] =
    g_param_spec_uint ("min-minutes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_MINUTES] =
    g_param_spec_uint ("max-minutes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROMPTS] =
    g_param_spec_boxed ("prompts", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIMENSION] =
    g_param_spec_object ("dimension", NULL, NULL, BR_TYPE_DIMENSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_phase_init (BrPhase *self)
{
}

guint
br_phase_get_min_minutes (BrPhase *self)
{
  g_return_val_if_fail (BR_IS_PHASE (self), 0);
  return self->min_minutes;
}

guint
br_phase_get_max_minutes (BrPhase *self)
{
  g_return_val_if_fail (BR_IS_PHASE (self), 0);
  return self->max_minutes;
}

const char * const *
br_phase_get_prompts (BrPhase *self)
{
  g_return_val_if_fail (BR_IS_PHASE (self), NULL);
  return (const char * const *) self->prompts;
}

BrDimension *
br_phase_get_dimension (BrPhase *self)
{
  g_return_val_if_fail (BR_IS_PHASE (self), NULL);
  return self->dimension;
}
