namespace ReKs.Competence.Evaluation;

/// <summary>The distributions the limits and intervals need, computed exactly (binomial) or to double precision (normal, Student t).</summary>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
internal static class Distributions
{
    /// <summary>Gets the binomial quantile: the smallest x with P(X ≤ x) ≥ p for X ~ Binomial(size, probability), as R's <c>qbinom</c>.</summary>
    /// <param name="p">The probability, 0 to 1.</param>
    /// <param name="size">The number of trials, 0 or more.</param>
    /// <param name="probability">The success probability, 0 to 1.</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static int BinomialQuantile(double p, int size, double probability)
    {
        if (p is < 0 or > 1 || double.IsNaN(p) || probability is < 0 or > 1 || double.IsNaN(probability))
        {
            throw new ArgumentOutOfRangeException(nameof(p), "Probabilities are between 0 and 1.");
        }

        Guard.Against.Negative(size, nameof(size));
        if (probability == 0 || size == 0)
        {
            return 0;
        }

        if (probability == 1)
        {
            return p == 0 ? 0 : size; // as R's qbinom: p = 0 is the least value
        }

        // R's left-continuity fuzz (qbinom.c): compare with p(1 − 64ε).
        var target = p * (1 - (64 * 2.220446049250313e-16));
        double logPmf = size * Math.Log(1 - probability), cdf = 0;
        var ratio = Math.Log(probability) - Math.Log(1 - probability);
        for (var k = 0; k <= size; k++)
        {
            cdf += Math.Exp(logPmf);
            if (cdf >= target)
            {
                return k;
            }

            logPmf += Math.Log(size - k) - Math.Log(k + 1) + ratio;
        }

        return size;
    }

    /// <summary>Gets the standard normal quantile (the inverse of the normal distribution function).</summary>
    /// <param name="p">The probability, strictly between 0 and 1.</param>
    /// <returns>z with Φ(z) = p.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not strictly between 0 and 1.</exception>
    public static double NormalQuantile(double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "p is strictly between 0 and 1.");
        }

        // Wichura (1988), algorithm AS 241 (PPND16), accurate to about 1e-16.
        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r0 = 0.180625 - (q * q);
            return q * Poly(r0, A) / Poly(r0, B);
        }

        var r = Math.Sqrt(-Math.Log(q < 0 ? p : 1 - p));
        var value = r <= 5 ? Poly(r - 1.6, C) / Poly(r - 1.6, D) : Poly(r - 5, E) / Poly(r - 5, F);
        return q < 0 ? -value : value;
    }

    private static readonly double[] A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
    private static readonly double[] B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852545925];
    private static readonly double[] C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];
    private static readonly double[] D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
    private static readonly double[] E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
    private static readonly double[] F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];

    /// <summary>Evaluates c0 + c1·x + … by Horner's rule.</summary>
    private static double Poly(double x, double[] c)
    {
        var sum = 0.0;
        for (var i = c.Length - 1; i >= 0; i--)
        {
            sum = (sum * x) + c[i];
        }

        return sum;
    }

    /// <summary>Gets the Student t quantile with <paramref name="degreesOfFreedom"/> degrees of freedom.</summary>
    /// <param name="p">The probability, strictly between 0 and 1.</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, more than 0.</param>
    /// <returns>t with P(T ≤ t) = p.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double StudentTQuantile(double p, double degreesOfFreedom)
    {
        if (!(p > 0 && p < 1) || !(degreesOfFreedom > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(p), "p is strictly between 0 and 1 and the degrees of freedom are positive.");
        }

        if (p == 0.5)
        {
            return 0;
        }

        // Bisection on the distribution function, then polish: the t distribution function is monotone.
        double lo = -1, hi = 1;
        while (StudentTCdf(lo, degreesOfFreedom) > p)
        {
            lo *= 2;
        }

        while (StudentTCdf(hi, degreesOfFreedom) < p)
        {
            hi *= 2;
        }

        for (var i = 0; i < 200 && hi - lo > 1e-15 * Math.Max(1, Math.Abs(lo)); i++)
        {
            var mid = (lo + hi) / 2;
            if (StudentTCdf(mid, degreesOfFreedom) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo + hi) / 2;
    }

    /// <summary>Gets the Student t distribution function P(T ≤ t).</summary>
    /// <param name="t">The value.</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, more than 0.</param>
    /// <returns>The probability.</returns>
    public static double StudentTCdf(double t, double degreesOfFreedom)
    {
        var x = degreesOfFreedom / (degreesOfFreedom + (t * t));
        var tail = 0.5 * RegularizedIncompleteBeta(degreesOfFreedom / 2, 0.5, x);
        return t > 0 ? 1 - tail : tail;
    }

    /// <summary>Gets ln Γ(x) for x &gt; 0 (Lanczos approximation, about 15 significant digits).</summary>
    /// <param name="x">The argument, more than 0.</param>
    /// <returns>ln Γ(x).</returns>
    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        ReadOnlySpan<double> g =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        x -= 1;
        var a = g[0];
        var t = x + 7.5;
        for (var i = 1; i < 9; i++)
        {
            a += g[i] / (x + i);
        }

        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(a);
    }

    private static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));
        return x < (a + 1) / (a + b + 2) ? front * BetaFraction(a, b, x) / a : 1 - (front * BetaFraction(b, a, 1 - x) / b);
    }

    private static double BetaFraction(double a, double b, double x)
    {
        const double Tiny = 1e-300;
        double c = 1, d = 1 - ((a + b) * x / (a + 1));
        d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
        var h = d;
        for (var m = 1; m <= 500; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + (aa * d);
            c = 1 + (aa / c);
            d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + (aa * d);
            c = 1 + (aa / c);
            d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return h;
    }
}
