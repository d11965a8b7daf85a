using OneCountry.Model.Engine;

namespace OneCountry.Model;

/// <summary>
/// Typed, immutable view of <see cref="ParameterValues"/> for the model's hot loops. The class is
/// split by group (Parameters/Initial.cs, Farm.cs, …); each property is declared once, and its
/// <see cref="ParameterAttribute"/> is its registry entry (<see cref="ParameterRegistry"/> is read
/// from the attributes). The world's and the party's parameters are their own classes.
/// </summary>
public sealed partial class Parameters
{
    public ParameterValues Values { get; }
    /// <summary>The world's parameters (World/WorldParameters).</summary>
    public World.WorldParameters World { get; }
    /// <summary>The party's parameters (Politics/PoliticsParameters).</summary>
    public Politics.PoliticsParameters Politics { get; }

    public Parameters(ParameterValues v)
    {
        Values = v;
        ParameterBinding.Bind(this, name => v[name]);
        World = new World.WorldParameters(v);
        Politics = new Politics.PoliticsParameters(v);
    }

    public static Parameters Defaults { get; } = new(ParameterValues.Defaults);
}
