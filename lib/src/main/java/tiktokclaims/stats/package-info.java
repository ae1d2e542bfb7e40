/** Summary statistics shared by the analysis packages (EDA, evaluation). */
package tiktokclaims.stats;
