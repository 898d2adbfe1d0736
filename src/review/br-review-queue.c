/* br-review-queue.c — response times of a component under load, and
 * availability as people say it
 *
 * Each component is an M/M/c queue: its instances are the c servers, each
 * serves requests in an exponentially distributed time whose mean is the
 * component's unloaded latency, and requests arrive at random (Poisson).
 * With the utilisation ρ (the load over what the instances can serve),
 * a request waits with the probability given by Erlang's C formula, and
 * then for an exponential time of rate cμ(1 - ρ). The response time is the
 * wait plus the service, whose distribution is known exactly, so its
 * median and 99th percentile are found numerically. At ρ >= 1 the queue
 * has no steady state: the caller marks the component saturated and never
 * shows a latency for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-review"

#include <math.h>

#include "br-review.h"

#define SECONDS_PER_MONTH (30.0 * 86400.0)
#define MAX_NINES 15.0

/**
 * br_review_erlang_c:
 * @servers: c, 1 or more
 * @utilization: ρ, from 0 to under 1
 *
 * Returns: the probability that a request has to wait, C(c, cρ); 1 at or
 *   past saturation
 */
double
br_review_erlang_c (guint  servers,
                    double utilization)
{
  double a, b = 1.0;

  g_return_val_if_fail (servers >= 1, 1.0);

  if (!(utilization > 0))
    return 0.0;
  if (utilization >= 1)
    return 1.0;

  /* Erlang B by its stable recurrence, then C from B */
  a = servers * utilization;
  for (guint k = 1; k <= servers; k++)
    b = a * b / (k + a * b);
  return b / (1.0 - utilization * (1.0 - b));
}

/**
 * br_review_mmc_mean_wait:
 * @service_time: the mean service time, in any unit
 *
 * Returns: the mean time a request waits before it is served, in the unit
 *   of @service_time; %INFINITY at or past saturation
 */
double
br_review_mmc_mean_wait (guint  servers,
                         double utilization,
                         double service_time)
{
  g_return_val_if_fail (servers >= 1, INFINITY);

  if (utilization >= 1)
    return INFINITY;
  if (!(utilization > 0) || !(service_time > 0))
    return 0.0;
  return br_review_erlang_c (servers, utilization) * service_time / (servers * (1.0 - utilization));
}

/* P(T > t) for the response time T in units of the service time (μ = 1),
 * and T's density at t */
static double
response_tail (double  c_wait,
               double  theta,
               double  t,
               double *density)
{
  double service = exp (-t);
  double both, both_density;

  /* The sum of two exponentials, rates 1 and θ */
  if (fabs (theta - 1.0) < 1e-9)
    {
      both = (1.0 + t) * service;
      both_density = t * service;
    }
  else
    {
      double waited = exp (-theta * t);

      both = (theta * service - waited) / (theta - 1.0);
      both_density = theta * (service - waited) / (theta - 1.0);
    }
  *density = (1.0 - c_wait) * service + c_wait * both_density;
  return (1.0 - c_wait) * service + c_wait * both;
}

/**
 * br_review_mmc_quantile:
 * @q: the quantile, above 0 and below 1 (0.5 for the median)
 *
 * The tail is decreasing, so the quantile is bracketed, then found by
 * Newton's method, falling back on bisection whenever a step would leave
 * the bracket: a few steps rather than the forty of a bisection, which
 * matters when every component of a large board needs two quantiles.
 *
 * Returns: the @q quantile of the response time (wait and service), in the
 *   unit of @service_time; %INFINITY at or past saturation
 */
double
br_review_mmc_quantile (guint  servers,
                        double utilization,
                        double service_time,
                        double q)
{
  double c_wait, theta, density, low = 0.0, high = 1.0, t;

  g_return_val_if_fail (servers >= 1, INFINITY);
  g_return_val_if_fail (q > 0 && q < 1, INFINITY);

  if (utilization >= 1)
    return INFINITY;
  if (!(service_time > 0))
    return 0.0;
  if (!(utilization > 0))
    utilization = 0.0;

  c_wait = br_review_erlang_c (servers, utilization);
  /* No wait: the service time alone, an exponential */
  if (c_wait <= 0.0)
    return -log1p (-q) * service_time;
  theta = servers * (1.0 - utilization);
  while (response_tail (c_wait, theta, high, &density) > 1.0 - q && high < 1e12)
    {
      low = high;
      high *= 2.0;
    }
  t = (low + high) / 2.0;
  for (guint i = 0; i < 200; i++)
    {
      double excess = response_tail (c_wait, theta, t, &density) - (1.0 - q);
      double next;

      if (excess > 0)
        low = t;
      else
        high = t;
      next = density > 0 ? t + excess / density : -1.0;
      if (!(next > low && next < high))
        next = (low + high) / 2.0;
      if (fabs (next - t) <= 1e-13 * next || high - low <= 1e-12 * high)
        {
          t = next;
          break;
        }
      t = next;
    }
  return t * service_time;
}

/**
 * br_review_nines:
 *
 * Returns: the number of nines of @availability (0.999 is 3), at most 15
 */
double
br_review_nines (double availability)
{
  double down = 1.0 - availability;

  if (!(down > pow (10.0, -MAX_NINES)))
    return MAX_NINES;
  return MAX (0.0, -log10 (down));
}

/**
 * br_review_downtime_per_month:
 *
 * Returns: the seconds a month (30 days) the component is down
 */
double
br_review_downtime_per_month (double availability)
{
  return CLAMP (1.0 - availability, 0.0, 1.0) * SECONDS_PER_MONTH;
}
