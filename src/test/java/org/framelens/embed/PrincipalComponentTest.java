package org.framelens.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrincipalComponentTest {

  static final int DIM = 12;

  static float[] unit(double[] raw) {
    double n = 0;
    for (double x : raw) {
      n += x * x;
    }
    float[] u = new float[raw.length];
    for (int i = 0; i < raw.length; i++) {
      u[i] = (float) (raw[i] / Math.sqrt(n));
    }
    return u;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }

  /** Small noise plus a large (random sign and size) multiple of {@code u}. */
  static List<float[]> sample(float[] u, int n, long seed) {
    Random rnd = new Random(seed);
    List<float[]> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      double c = (3 + 4 * rnd.nextDouble()) * (rnd.nextBoolean() ? 1 : -1);
      float[] v = new float[u.length];
      for (int i = 0; i < u.length; i++) {
        v[i] = (float) (0.05 * rnd.nextGaussian() + c * u[i]);
      }
      out.add(v);
    }
    return out;
  }

  static float[] componentOf(List<float[]> vs) {
    PrincipalComponent pc = new PrincipalComponent(DIM);
    vs.forEach(pc::add);
    assertEquals(vs.size(), pc.rows());
    return pc.component();
  }

  @Test
  void findsTheDominantDirection() {
    double[] raw = new double[DIM];
    Random r = new Random(3);
    for (int i = 0; i < DIM; i++) {
      raw[i] = r.nextGaussian();
    }
    float[] u = unit(raw);
    float[] c = componentOf(sample(u, 300, 42));
    assertNotNull(c);
    assertEquals(DIM, c.length);
    assertEquals(1.0, Math.sqrt(dot(c, c)), 1e-6, "unit length");
    assertTrue(Math.abs(dot(c, u)) > 0.999, "|cos| = " + Math.abs(dot(c, u)));
  }

  @Test
  void findsADirectionOrthogonalToThePowerIterationStart() {
    // the iteration starts at (1, ..., 1)/sqrt(n); a component with zero sum is orthogonal to it
    double[] raw = new double[DIM];
    raw[0] = 1;
    raw[1] = -1;
    raw[5] = 2;
    raw[7] = -2;
    float[] u = unit(raw);
    float[] c = componentOf(sample(u, 200, 7));
    assertNotNull(c);
    assertTrue(Math.abs(dot(c, u)) > 0.999, "|cos| = " + Math.abs(dot(c, u)));
  }

  @Test
  void removeMakesVectorsOrthogonalToTheComponent() {
    float[] u = unit(new double[] {3, 1, -2, 0.5, 0, 0, 1, 1, -1, 2, 0.25, -0.5});
    List<float[]> vs = sample(u, 100, 5);
    float[] c = componentOf(vs);
    for (float[] v : vs) {
      float[] before = v.clone();
      double proj = dot(before, c);
      PrincipalComponent.remove(v, c);
      assertEquals(0.0, dot(v, c), 1e-5);
      for (int i = 0; i < DIM; i++) {
        assertEquals(before[i] - proj * c[i], v[i], 1e-5, "component " + i);
      }
      // what is left is the small noise
      assertTrue(Math.sqrt(dot(v, v)) < 0.5, "residual " + Math.sqrt(dot(v, v)));
    }
  }

  @Test
  void removeWithNullComponentLeavesVectorUnchanged() {
    float[] v = {1f, -2f, 3f};
    PrincipalComponent.remove(v, null);
    assertArrayEquals(new float[] {1f, -2f, 3f}, v);
  }

  @Test
  void fewerThanTwoRowsGiveNoComponent() {
    PrincipalComponent pc = new PrincipalComponent(3);
    assertNull(pc.component());
    pc.add(new float[] {1f, 2f, 3f});
    assertEquals(1, pc.rows());
    assertNull(pc.component());
    pc.add(new float[] {2f, 4f, 6.5f});
    assertEquals(2, pc.rows());
    assertNotNull(pc.component());
  }

  @Test
  void onlyZeroVectorsGiveNoComponent() {
    PrincipalComponent pc = new PrincipalComponent(3);
    pc.add(new float[3]);
    pc.add(new float[3]);
    assertEquals(2, pc.rows());
    assertNull(pc.component());
  }

  @Test
  void exactlyCollinearVectorsGiveTheirDirection() {
    PrincipalComponent pc = new PrincipalComponent(3);
    pc.add(new float[] {1f, 2f, 2f});
    pc.add(new float[] {-2f, -4f, -4f});
    float[] c = pc.component();
    assertNotNull(c);
    float[] u = {1f / 3, 2f / 3, 2f / 3};
    assertEquals(1.0, Math.abs(dot(c, u)), 1e-6);
  }

  @Test
  void findsTheTopComponentEvenWhenTheStartVectorIsAnotherEigenvector() {
    PrincipalComponent pc = new PrincipalComponent(2);
    pc.add(new float[] {1, -1});
    pc.add(new float[] {1, 1});
    pc.add(new float[] {3, -3});
    float[] u = pc.component();
    assertNotNull(u);
    // XᵀX has eigenvalue 20 along (1,-1) and 2 along (1,1)
    assertTrue(Math.abs(Math.abs(u[0]) - Math.sqrt(0.5)) < 1e-4, java.util.Arrays.toString(u));
    assertTrue(u[0] * u[1] < 0, "the (1,-1) direction: " + java.util.Arrays.toString(u));
  }

  @Test
  void findsAComponentOrthogonalToTheDiagonal() {
    PrincipalComponent pc = new PrincipalComponent(3);
    pc.add(new float[] {1, -1, 0});
    pc.add(new float[] {2, -2, 0});
    float[] u = pc.component();
    assertNotNull(u);
    assertTrue(Math.abs(Math.abs(u[0]) - Math.sqrt(0.5)) < 1e-4 && Math.abs(u[2]) < 1e-4,
        java.util.Arrays.toString(u));
  }
}
