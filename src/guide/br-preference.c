/* br-preference.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-preference.h"

/**
 * BrPreference:
 *
 * One of the values the guide's closing thoughts set against each other:
 * what Amazon's interviewers value (#BrPreference:prefer) over what
 * (#BrPreference:over), such as customer obsession over technical
 * brilliance, and what that means for an answer.
 */

struct _BrPreference
{
  GObject parent_instance;

  char *prefer;
  char *over;
  char *summary;
};

G_DEFINE_FINAL_TYPE (BrPreference, br_preference, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PREFER,
  PROP_OVER,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
br_preference_finalize (GObject *object)
{
  BrPreference *self = BR_PREFERENCE (object);

  g_clear_pointer (&self->prefer, g_free);
  g_clear_pointer (&self->over, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (br_preference_parent_class)->finalize (object);
}

static void
br_preference_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BrPreference *self = BR_PREFERENCE (object);

  switch (prop_id)
    {
    case PROP_PREFER:
      g_value_set_string (value, self->prefer);
      break;
    case PROP_OVER:
      g_value_set_string (value, self->over);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_preference_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BrPreference *self = BR_PREFERENCE (object);

  switch (prop_id)
    {
    case PROP_PREFER:
      self->prefer = g_value_dup_string (value);
      break;
    case PROP_OVER:
      self->over = g_value_dup_string (value);
      break;
    case PROP_SUMMARY:
      self->summary = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_preference_class_init (BrPreferenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = br_preference_finalize;
  object_class->get_property = br_preference_get_property;
  object_class->set_property = br_preference_set_property;

  properties[PROP_PREFER] =
    g_param_spec_string ("prefer", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVER] =
    g_param_spec_string ("over", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
br_preference_init (BrPreference *self)
{
}

/**
 * br_preference_get_prefer:
 *
 * Returns: what is valued more, such as "Customer obsession"
 */
const char *
br_preference_get_prefer (BrPreference *self)
{
  g_return_val_if_fail (BR_IS_PREFERENCE (self), NULL);
  return self->prefer;
}

/**
 * br_preference_get_over:
 *
 * Returns: what it is valued over, such as "technical brilliance"
 */
const char *
br_preference_get_over (BrPreference *self)
{
  g_return_val_if_fail (BR_IS_PREFERENCE (self), NULL);
  return self->over;
}

/**
 * br_preference_get_summary:
 *
 * Returns: what the preference means for an answer
 */
const char *
br_preference_get_summary (BrPreference *self)
{
  g_return_val_if_fail (BR_IS_PREFERENCE (self), NULL);
  return self->summary;
}
